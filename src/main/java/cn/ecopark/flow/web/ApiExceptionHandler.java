package cn.ecopark.flow.web;

import cn.ecopark.flow.engine.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

import java.util.Map;

/**
 * How our /api answers mistakes: a status that says whose mistake it is and a Chinese message that names
 * the field (our messages start with "field："); the same body as engine-rest's ({@link ErrorAnswer}).
 */
@RestControllerAdvice
public class ApiExceptionHandler {

    /** Everything else, engine and database errors included: see {@link ErrorAnswer}. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> any(Exception e) {
        ErrorAnswer answer = ErrorAnswer.of(e);
        return ResponseEntity.status(answer.status()).body(answer.body());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return error(HttpStatus.BAD_REQUEST, "body：请求内容不是有效的 JSON");
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<Map<String, Object>> notFound(NotFound e) {
        return error(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(Conflict.class)
    ResponseEntity<Map<String, Object>> conflict(Conflict e) {
        return error(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(Rejected.class)
    ResponseEntity<Map<String, Object>> rejected(Rejected e) {
        return error(e.status(), e.getMessage());
    }

    /** An upload larger than the servlet's multipart limit never reaches our own size check. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e) {
        return error(HttpStatus.PAYLOAD_TOO_LARGE, "file：文件超过 10 MB，请压缩或拆分后上传");
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, Object>> notMultipart(MultipartException e) {
        return error(HttpStatus.BAD_REQUEST, "file：请以 multipart/form-data 上传文件");
    }

    static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
        String type = switch (status.value()) {
            case 403 -> ErrorAnswer.FORBIDDEN;
            case 404 -> ErrorAnswer.NOT_FOUND;
            case 409 -> ErrorAnswer.CONFLICT;
            case 503 -> ErrorAnswer.UNAVAILABLE;
            default -> status.is5xxServerError() ? ErrorAnswer.SERVER_ERROR : ErrorAnswer.BAD_REQUEST;
        };
        return ResponseEntity.status(status).body(new ErrorAnswer(status.value(), type, message, InvalidInput.fieldOf(message)).body());
    }

    /** Something the caller named does not exist. */
    public static class NotFound extends RuntimeException {
        public NotFound(String message) {
            super(message);
        }
    }

    /** A request refused with its own status (e.g. 413 or 415 for an upload). */
    public static class Rejected extends RuntimeException {
        private final HttpStatus status;

        public Rejected(HttpStatus status, String message) {
            super(message);
            this.status = status;
        }

        public HttpStatus status() {
            return status;
        }
    }

    /** The request is valid but the case is not in a state that allows it. */
    public static class Conflict extends RuntimeException {
        public Conflict(String message) {
            super(message);
        }
    }
}
