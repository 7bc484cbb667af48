package com.perftarget.onboarding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.perftarget.access.Groups;
import com.perftarget.shared.ControlCharacters;
import com.perftarget.shared.FieldError;
import com.perftarget.unit.UnitPerson;
import com.perftarget.unit.UnitPersonRepository;

/** Every bad field of a {@link UnitRegistration}, against the people and profiles that exist; changes nothing. */
final class RegistrationCheck {

    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z]{1,20}");
    /** What the engine accepts as a user id (its resource whitelist), at most 64 characters. */
    private static final Pattern LOGIN = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]{0,63}");
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{3,40}");
    private static final int MIN_PASSWORD = 8;

    private final UnitPersonRepository people;
    private final WorkflowDirectory directory;
    private final RuleProfiles profiles;
    private final List<FieldError> errors = new ArrayList<>();

    RegistrationCheck(UnitPersonRepository people, WorkflowDirectory directory, RuleProfiles profiles) {
        this.people = people;
        this.directory = directory;
        this.profiles = profiles;
    }

    List<FieldError> of(UnitRegistration unit) {
        String code = strip(unit.code());
        if (code == null || !CODE.matcher(code).matches()) {
            add("code", "单位编码必填，只能由数字和字母组成，最多 20 位");
        }
        text("name", "单位名称", unit.name(), 200, true);
        String parent = strip(unit.parentCode());
        if (parent != null && (!CODE.matcher(parent).matches() || parent.equals(code))) {
            add("parentCode", "主管部门编码只能由数字和字母组成，最多 20 位，且不能是本单位");
        }
        String profile = strip(unit.profile());
        if (profile != null && profiles.resolve(profile) == null) {
            add("profile", "规则集「" + profile + "」不存在，可选：" + String.join("、", profiles.names()));
        }
        Set<String> logins = new HashSet<>();
        for (int i = 0; i < unit.people().size(); i++) {
            person("people[" + i + "].", unit.people().get(i), code, logins);
        }
        return List.copyOf(errors);
    }

    private void person(String at, UnitRegistration.Person person, String unitCode, Set<String> logins) {
        if (person == null) {
            add(at + "login", "人员信息为空");
            return;
        }
        String login = strip(person.login());
        text(at + "name", "姓名", person.name(), 50, true);
        UnitPerson.Role role = role(at, person.role());
        String phone = strip(person.phone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            add(at + "phone", "电话「" + phone + "」只能含数字、空格、+、- 和括号");
        }
        if (person.password() != null && !person.password().isBlank()
                && person.password().strip().length() < MIN_PASSWORD) {
            add(at + "password", "初始密码至少 " + MIN_PASSWORD + " 位");
        }
        if (login == null || !LOGIN.matcher(login).matches()) {
            add(at + "login", "登录名必填，只能由字母、数字和 _ . - 组成（字母或数字开头），最多 64 位");
            return;
        }
        if (!logins.add(login)) {
            add(at + "login", "登录名 " + login + " 重复出现");
            return;
        }
        if (role == null || unitCode == null) {
            return;
        }
        Optional<UnitPerson> known = people.findById(login);
        if (known.isPresent() && !known.get().getUnitCode().equals(unitCode)) {
            add(at + "login", "登录名 " + login + " 已是单位 " + known.get().getUnitCode() + " 的人员");
        } else if (known.isPresent() && known.get().getRole() != role) {
            add(at + "login", "登录名 " + login + " 已是本单位的" + known.get().getRole().label() + "，不能改为"
                    + role.label());
        } else if (known.isEmpty() && directory.exists(login) && !directory.isMember(login,
                role == UnitPerson.Role.LEADER ? Groups.unitLeaders(unitCode) : Groups.unitFinance(unitCode))) {
            add(at + "login", "登录名 " + login + " 已被系统中的其他用户使用");
        }
    }

    private UnitPerson.Role role(String at, String role) {
        String value = strip(role);
        for (UnitPerson.Role known : UnitPerson.Role.values()) {
            if (known.name().equals(value)) {
                return known;
            }
        }
        add(at + "role", "角色只能是 LEADER（项目负责人）或 FINANCE（单位财务）");
        return null;
    }

    private void text(String field, String label, String value, int max, boolean required) {
        String stripped = strip(value);
        if (stripped == null) {
            if (required) {
                add(field, label + "必填");
            }
        } else if (ControlCharacters.in(stripped)) {
            add(field, ControlCharacters.message(label));
        } else if (stripped.length() > max) {
            add(field, label + "最多 " + max + " 个字");
        }
    }

    private void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
