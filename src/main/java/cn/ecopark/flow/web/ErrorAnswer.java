package cn.ecopark.flow.web;

import cn.ecopark.flow.engine.InvalidInput;
import cn.ecopark.flow.engine.StaleTask;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The one way every error is told to a caller, on engine-rest and on our /api alike: an HTTP status, a
 * neutral {@code type} word, a Chinese message (naming the field where there is one), never a Java class
 * name or stack trace. Unexpected errors answer 500 with a generic message and a reference that is logged
 * with the full trace, so a clerk can quote it and an admin can find it.
 *
 * <p>{@code type} is one of {@value #BAD_REQUEST}, {@value #FORBIDDEN}, {@value #NOT_FOUND}, {@value #CONFLICT},
 * {@value #UNAVAILABLE}, {@value #SERVER_ERROR}. Tasklist and Cockpit read {@code type} only to compare it with
 * "AuthorizationException" (to list missing permissions); for any other value they show their generic
 * "access denied" text with the status, which is what a refused clerk should see.
 */
public record ErrorAnswer(int status, String type, String message, String field) {

    public static final String BAD_REQUEST = "BadRequest";
    public static final String FORBIDDEN = "Forbidden";
    public static final String NOT_FOUND = "NotFound";
    public static final String CONFLICT = "Conflict";
    public static final String UNAVAILABLE = "ServiceUnavailable";
    public static final String SERVER_ERROR = "ServerError";

    private static final Logger LOG = LoggerFactory.getLogger(ErrorAnswer.class);
    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");
    /** Fully qualified Java names (org.camunda.…Foo, java.lang.String) in an engine message. */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.){2,}[A-Za-z_$][\\w$]*");

    public static final String DATABASE_DOWN = "数据库暂时无法访问，请稍后重试；如持续出现请联系系统管理员";

    /** The answer for any error, whether thrown by the engine, our code, Jersey, Spring or the database. */
    public static ErrorAnswer of(Throwable error) {
        InvalidInput bad = find(error, InvalidInput.class);
        if (bad != null) {
            return new ErrorAnswer(400, BAD_REQUEST, bad.getMessage(), bad.field());
        }
        StaleTask stale = find(error, StaleTask.class);
        if (stale != null) {
            return new ErrorAnswer(stale.status(), stale.status() == 404 ? NOT_FOUND : CONFLICT, stale.getMessage(), null);
        }
        AuthorizationException denied = find(error, AuthorizationException.class);
        if (denied != null) {
            return new ErrorAnswer(403, FORBIDDEN, chineseOr(denied.getMessage(), "无权执行此操作：当前用户缺少所需的权限"), null);
        }
        if (find(error, org.camunda.bpm.engine.SuspendedEntityInteractionException.class) != null) {
            // A suspended case (中止, casecontrol): its tasks wait until the lead agency resumes it.
            return new ErrorAnswer(409, CONFLICT, "案件已中止办理，恢复办理前不能处理其任务", null);
        }
        if (lockTimeout(error)) {
            return new ErrorAnswer(409, CONFLICT, "数据正被他人同时处理，请稍后重试", null);
        }
        if (databaseDown(error)) {
            return new ErrorAnswer(503, UNAVAILABLE, DATABASE_DOWN, null);
        }
        if (optimisticLock(error)) {
            return new ErrorAnswer(409, CONFLICT, "数据刚被他人修改，请刷新后重试", null);
        }
        if (find(error, DuplicateKeyException.class) != null || find(error, SQLIntegrityConstraintViolationException.class) != null) {
            return new ErrorAnswer(409, CONFLICT, "记录已存在（可能是重复提交），请刷新后查看", null);
        }
        if (find(error, JsonProcessingException.class) != null) {
            return new ErrorAnswer(400, BAD_REQUEST, "body：请求内容不是有效的 JSON，或字段类型不符", "body");
        }
        if (error instanceof RestException rest && rest.getStatus() != null && rest.getStatus().getStatusCode() < 500) {
            return byStatus(rest.getStatus().getStatusCode(), rest.getMessage());
        }
        if (error instanceof org.springframework.web.ErrorResponse spring && spring.getStatusCode().value() < 500) {
            return byStatus(spring.getStatusCode().value(), null);
        }
        if (error instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return byStatus(web.getResponse().getStatus(), null);
        }
        NotFoundException notFound = find(error, NotFoundException.class);
        if (notFound != null) {
            return byStatus(404, notFound.getMessage());
        }
        BadUserRequestException badRequest = find(error, BadUserRequestException.class);
        if (badRequest != null) {
            return byStatus(400, badRequest.getMessage());
        }
        ParseException parse = find(error, ParseException.class);
        if (parse != null) {
            return byStatus(400, parse.getMessage());
        }
        NullValueException nullValue = find(error, NullValueException.class);
        if (nullValue != null) {
            return byStatus(400, nullValue.getMessage());
        }
        // A query whose criteria the engine refuses to combine (engine-rest applies an or-query's includeAssignedTasks
        // before its candidate groups, so even a sensible body lands here): the caller's request, not our fault.
        ProcessEngineException engineError = find(error, ProcessEngineException.class);
        if (engineError != null && engineError.getMessage() != null && engineError.getMessage().startsWith("Invalid query usage")) {
            return new ErrorAnswer(400, BAD_REQUEST, "查询条件的组合无效（" + clean(engineError.getMessage())
                    + "）：includeAssignedTasks 须与 candidateGroup/candidateGroupIn 写在同一查询层并位于其后；或改用任务过滤器", null);
        }
        // An or-query naming both a candidate user and candidate groups: the engine's task query cannot build it and
        // fails while rendering its SQL (Camunda's TaskQueryImpl.getCandidateGroups). The caller's request again.
        UnsupportedOperationException unsupported = find(error, UnsupportedOperationException.class);
        if (unsupported != null && java.util.Arrays.stream(unsupported.getStackTrace()).anyMatch(frame ->
                frame.getClassName().equals("org.camunda.bpm.engine.impl.TaskQueryImpl")
                        && frame.getMethodName().equals("getCandidateGroups"))) {
            return new ErrorAnswer(400, BAD_REQUEST, "查询条件的组合无效：同一查询层（含 orQueries 的每一项）不能同时使用"
                    + " candidateUser 与 candidateGroup/candidateGroupIn；请分开查询或改用任务过滤器", null);
        }
        return serverError(error);
    }

    /** 500 with a reference: the trace goes to the log, the caller gets only the reference. */
    public static ErrorAnswer serverError(Throwable error) {
        String reference = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        LOG.error("Unexpected error, reference {}", reference, error);
        return new ErrorAnswer(500, SERVER_ERROR, "服务器内部错误，请稍后重试；如再次出现请联系系统管理员并提供错误编号 " + reference, null);
    }

    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("status", status);
        if (field != null) {
            body.put("field", field);
        }
        body.put("message", message);
        return body;
    }

    private static ErrorAnswer byStatus(int status, String detail) {
        String prefix = switch (status) {
            case 400 -> "请求无效";
            case 401 -> "请先登录";
            case 403 -> "无权执行此操作";
            case 404 -> "未找到请求的对象";
            case 405 -> "不支持该请求方法";
            case 406, 415 -> "不支持该内容类型";
            case 409 -> "操作冲突，请刷新后重试";
            default -> "请求无法处理";
        };
        String type = switch (status) {
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 409 -> CONFLICT;
            default -> BAD_REQUEST;
        };
        String message = detail == null || detail.isBlank() ? prefix
                : CJK.matcher(detail).find() ? clean(detail) : prefix + "（" + clean(detail) + "）";
        return new ErrorAnswer(status, type, message, InvalidInput.fieldOf(detail));
    }

    private static String chineseOr(String message, String fallback) {
        return message != null && CJK.matcher(message).find() ? clean(message) : fallback;
    }

    private static String clean(String message) {
        String cleaned = CLASS_NAME.matcher(message).replaceAll("");
        return cleaned.length() > 500 ? cleaned.substring(0, 500) + "…" : cleaned;
    }

    static boolean optimisticLock(Throwable error) {
        return find(error, OptimisticLockingException.class) != null || find(error, OptimisticLockingFailureException.class) != null;
    }

    /** The database gave up waiting for a row another transaction holds (H2 50200, MySQL 1205, deadlock 1213). */
    static boolean lockTimeout(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.springframework.dao.PessimisticLockingFailureException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && (sql.getErrorCode() == 50200 || sql.getErrorCode() == 1205
                    || sql.getErrorCode() == 1213)) {
                return true;
            }
        }
        return false;
    }

    /** No connection, a broken one, or a statement the database did not answer in time. */
    public static boolean databaseDown(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessResourceException
                    || t instanceof QueryTimeoutException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException || t instanceof SQLRecoverableException
                    || t instanceof SQLTimeoutException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            // A commit or rollback that failed, a connection lost mid-statement: the outcome is for a retry to tell.
            if (t instanceof org.springframework.transaction.TransactionSystemException
                    || t instanceof org.springframework.dao.RecoverableDataAccessException
                    || (t instanceof java.sql.SQLException && t.getMessage() != null
                        && (t.getMessage().contains("Connection is closed") || t.getMessage().contains("Communications link failure")
                            || t.getMessage().contains("connection closed")))) {
                return true;
            }
            if (t.getClass().getName().endsWith("CommunicationsException")) {
                return true;
            }
        }
        return false;
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
