package com.perftarget.workbook;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of an uploaded workbook ({@code perftarget.workbook.*}): its size, the rows of a sheet (a table has a few
 * dozen; a sheet beyond the limit is refused before the workbook is built), the sheets of a workbook (a unit-year's
 * projects and its 汇总).
 */
@ConfigurationProperties("perftarget.workbook")
public record WorkbookProperties(@DefaultValue("10MB") DataSize maxSize, @DefaultValue("2000") int maxRows,
                                 @DefaultValue("1100") int maxSheets) {
}
