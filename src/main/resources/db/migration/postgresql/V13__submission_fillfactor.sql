-- A submission row is updated at every step of its approval (stage, status, the filed table). With room left on its
-- page, PostgreSQL updates it in place (a HOT update): no new index entries, and the WAL record holds only the bytes
-- that changed instead of the whole row. Applies to the pages written from now on.
alter table submission set (fillfactor = 70);
