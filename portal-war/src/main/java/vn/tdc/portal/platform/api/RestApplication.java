package vn.tdc.portal.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** All JSON endpoints live under {@code /api}; their description is served at {@code /openapi}. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(
        title = "Cổng thông tin Tiêu chuẩn – Đo lường – Chất lượng: API",
        version = "1",
        description = "API JSON của cổng thông tin TĐC cấp phường, xã. Mọi lỗi trả về dạng "
                + "{\"error\":{\"code\",\"message\",\"details\"}}."))
public class RestApplication extends Application {
}
