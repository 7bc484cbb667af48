package com.perftarget.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.perftarget.support.FormTexts;

class FormTextTest {

    @Test
    void userTextShowsAsTypedWithNoMarkupLeft() {
        String typed = "# 已批准\n    [点此](http://e.cn) <b>粗</b> **≥95%** 1. `x` ---";
        String markdown = FormText.literal(typed);
        assertThat(markdown).doesNotContain("](", "<b>").startsWith("\\# 已批准  \n\\[点此\\]");
        // Every ASCII punctuation mark is escaped: nothing is left for Markdown to act on.
        assertThat(markdown.replaceAll("\\\\\\p{Punct}", "")).doesNotContainPattern("\\p{Punct}");
        assertThat(FormTexts.asRead(markdown)).isEqualTo("# 已批准\n[点此](http://e.cn) <b>粗</b> **≥95%** 1. `x` ---");
    }

    @Test
    void aListKeepsWithinTheEnginesStringLimitAndSaysWhatItLeftOut() {
        List<String> lines = IntStream.rangeClosed(1, 500).mapToObj(i -> "第 " + i + " 条：" + "意见*".repeat(60)).toList();
        String newest = FormText.list("**记录：**", lines, true);
        assertThat(newest.length()).isLessThanOrEqualTo(FormSubmissionGuard.MAX_STRING_LENGTH);
        assertThat(newest).contains("条从略", "第 500 条").doesNotContain("第 1 条：");
        String first = FormText.list("**记录：**", lines, false);
        assertThat(first.length()).isLessThanOrEqualTo(FormSubmissionGuard.MAX_STRING_LENGTH);
        assertThat(first).contains("第 1 条：", "另有").doesNotContain("第 500 条");
        assertThat(FormText.list("**记录：**", lines.subList(0, 3), true)).doesNotContain("从略");
    }

    @Test
    void cuttingNeverLeavesAHalfEscape() {
        String escaped = FormText.literal("*".repeat(100));
        String cut = FormText.fit(escaped, 51);
        assertThat(cut).endsWith("……");
        String body = cut.substring(0, cut.length() - 2);
        assertThat(body.length() % 2).isZero();
        assertThat(body).matches("(\\\\\\*)+");
    }
}
