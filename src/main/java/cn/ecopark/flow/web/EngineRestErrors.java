package cn.ecopark.flow.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Engine-rest answers errors as {@link ErrorAnswer} does, instead of Camunda's body with the exception's class
 * name ({@code "type": "OptimisticLockingException"}) and English internals. Jersey picks the mapper of the
 * nearest exception type, then the highest priority; so each type Camunda maps (Throwable, ProcessEngineException,
 * RestException and Jackson's two) gets one of ours with priority 1.
 *
 * <p>Registered in every Jersey application of the JVM (META-INF/services, a forced auto-discoverable): the engine
 * REST API at /engine-rest and the copy the webapps use at /camunda/api/engine (Tasklist completes tasks through
 * it), and the Cockpit, Tasklist and Admin plugin APIs.
 */
public class EngineRestErrors implements ForcedAutoDiscoverable {

    @Override
    public void configure(FeatureContext config) {
        if (config.getConfiguration().isRegistered(AnyError.class)) {
            return;
        }
        config.register(AnyError.class);
        config.register(EngineError.class);
        config.register(RestError.class);
        config.register(JsonMappingError.class);
        config.register(JsonParseError.class);
    }

    static Response answer(Throwable error) {
        ErrorAnswer answer = ErrorAnswer.of(error);
        return Response.status(answer.status()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(answer.body()).build();
    }

    @Priority(1)
    public static class AnyError implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable error) {
            return answer(error);
        }
    }

    @Priority(1)
    public static class EngineError implements ExceptionMapper<ProcessEngineException> {
        @Override
        public Response toResponse(ProcessEngineException error) {
            return answer(error);
        }
    }

    @Priority(1)
    public static class RestError implements ExceptionMapper<RestException> {
        @Override
        public Response toResponse(RestException error) {
            return answer(error);
        }
    }

    @Priority(1)
    public static class JsonMappingError implements ExceptionMapper<JsonMappingException> {
        @Override
        public Response toResponse(JsonMappingException error) {
            return answer(error);
        }
    }

    @Priority(1)
    public static class JsonParseError implements ExceptionMapper<JsonParseException> {
        @Override
        public Response toResponse(JsonParseException error) {
            return answer(error);
        }
    }
}
