package cn.ecopark.flow.redeploy;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The engine REST API (Camunda Modeler's deploy, {@code POST /engine-rest/deployment/create}) answers a refused
 * deployment with 400 and every problem: {@code {"type": "ModelValidation", "message": "…",
 * "problems": [{"resource", "elementId", "message"}]}}. Jersey picks the mapper of the closest exception type, so
 * this one wins over Camunda's (and any other) mapper of engine exceptions for {@link ModelsRefused} only.
 */
@Component
class ModelsRefusedRestMapping implements ResourceConfigCustomizer {

    @Override
    public void customize(org.glassfish.jersey.server.ResourceConfig config) {
        config.register(Mapper.class);
    }

    @Priority(1)
    public static class Mapper implements ExceptionMapper<ModelsRefused> {
        @Override
        public Response toResponse(ModelsRefused refused) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "ModelValidation");
            body.put("message", "模型未通过部署校验，整个部署已拒绝（" + refused.problems().size() + "个问题），未部署任何文件");
            body.put("problems", refused.problems());
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
        }
    }
}
