package com.perftarget.workbook;

import java.io.File;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The TrueType font with Chinese glyphs that a PDF embeds: {@code perftarget.disclosure.pdf-font} if set, else the
 * first of the usual places (Debian's fonts-wqy-zenhei / -microhei, which {@code .ci/run} and the Dockerfile install;
 * Windows' SimSun; macOS' Songti). No Maven artifact ships one, so a machine with only Java has none: there the PDF is
 * refused with this reason, and Word and Excel are still made.
 */
@Component
public class CjkFont {

    static final List<String> USUAL_PLACES = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "C:/Windows/Fonts/simsun.ttc",
            "/System/Library/Fonts/Supplemental/Songti.ttc");

    private final String configured;

    public CjkFont(@Value("${perftarget.disclosure.pdf-font:}") String configured) {
        this.configured = configured;
    }

    public Optional<File> find() {
        Stream<String> candidates = configured.isBlank() ? USUAL_PLACES.stream() : Stream.of(configured);
        return candidates.map(File::new).filter(File::canRead).findFirst();
    }

    String missingMessage() {
        return "本机没有可嵌入 PDF 的中文字体，无法生成 PDF（可下载 Word 或 Excel 版）。请安装 fonts-wqy-zenhei，"
                + "或用 perftarget.disclosure.pdf-font 指定一个 TrueType 中文字体文件";
    }
}
