package vn.tdc.portal.open311.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/admin/open311-keys}: who the key is for. */
public class IssueKeyRequest {

    @NotBlank
    @Size(max = 200)
    private String label;

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }
}
