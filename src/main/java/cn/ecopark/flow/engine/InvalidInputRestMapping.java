package cn.ecopark.flow.engine;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Some engine REST endpoints (starting a process by key, for one) wrap every engine error in a 500. Where
 * the cause is our {@link InvalidInput}, the caller sent bad data: answer 400 with the message that names
 * the field, in the engine REST API's own error shape. Anything else keeps Camunda's own mapping.
 */
@Component
class InvalidInputRestMapping implements ResourceConfigCustomizer {

    @Override
    public void customize(org.glassfish.jersey.server.ResourceConfig config) {
        config.register(BadInputAwareRestExceptionMapper.class);
    }

    @Priority(1)
    public static class BadInputAwareRestExceptionMapper implements ExceptionMapper<RestException> {

        private final RestExceptionHandler camunda = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException exception) {
            InvalidInput badInput = BadInputPlugin.badInputIn(exception);
            if (badInput == null) {
                return camunda.toResponse(exception);
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", InvalidInput.class.getSimpleName());
            body.put("message", badInput.getMessage());
            body.put("field", badInput.field());
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
        }
    }
}
