package vn.tdc.portal.report.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One department of a ward as its administrator sets it: a catalogue code, whether the ward routes reports to it,
 * how residents reach it there (both optional) and its place in the list.
 */
public record WardDepartmentEntry(@NotBlank @Size(max = 40) String departmentCode,
                                  boolean active,
                                  @Size(max = 254) @Email String contactEmail,
                                  @Size(max = 20) @Pattern(regexp = "[0-9 +().-]*",
                                          message = "{units.hotline.pattern}") String contactPhone,
                                  @Min(0) @Max(9999) int sortOrder) {
}
