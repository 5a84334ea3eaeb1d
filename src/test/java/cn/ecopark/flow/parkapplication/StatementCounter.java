package cn.ecopark.flow.parkapplication;

import org.springframework.beans.factory.config.BeanPostProcessor;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the SQL statements the application sends (each execute and each batched row), by wrapping the
 * DataSource bean of the benchmark's context. Per-case figures are the count over a batch of cases divided by them.
 */
final class StatementCounter implements BeanPostProcessor {

    private final AtomicLong statements = new AtomicLong();
    private final Map<String, LongAdder> byKind = new ConcurrentHashMap<>();
    private static final Pattern KIND = Pattern.compile("(?is)^\\s*(select\\b.*?\\bfrom|insert\\s+into|update|delete\\s+from|delete)\\s+([A-Za-z_0-9\"`.]+)");

    long count() {
        return statements.get();
    }

    /** Statements by verb and (first) table since the last call, most first. */
    List<String> takeTally(int top) {
        List<String> lines = byKind.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
                .limit(top).map(e -> e.getKey() + " " + e.getValue().sum()).toList();
        byKind.clear();
        return lines;
    }

    private void tally(String sql) {
        if (sql == null) {
            return;
        }
        Matcher m = KIND.matcher(sql.length() > 400 ? sql.substring(0, 400) : sql);
        String flat = sql.strip().replaceAll("\\s+", " ");
        // What the pattern does not name (a select list too long to reach its FROM) is shown by its first words.
        String kind = m.find() ? m.group(1).strip().split("\\s+")[0].toUpperCase() + " " + m.group(2).replaceAll("[\"`]", "").toUpperCase()
                : "OTHER (" + flat.substring(0, Math.min(40, flat.length())) + "…)";
        byKind.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
            return wrap(dataSource, DataSource.class, null);
        }
        return bean;
    }

    @SuppressWarnings("unchecked")
    private <T> T wrap(T target, Class<T> type, String preparedSql) {
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (target instanceof Statement && (name.startsWith("execute") && !name.equals("executeBatch") || name.equals("addBatch"))) {
                statements.incrementAndGet();
                tally(preparedSql != null ? preparedSql : args != null && args.length > 0 && args[0] instanceof String sql ? sql : null);
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (result instanceof Connection connection && method.getReturnType() == Connection.class) {
                return wrap(connection, Connection.class, null);
            }
            if (result instanceof Statement statement && Statement.class.isAssignableFrom(method.getReturnType())) {
                return wrap(statement, (Class<Statement>) method.getReturnType(),
                        args != null && args.length > 0 && args[0] instanceof String sql ? sql : null);
            }
            return result;
        };
        return (T) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{type}, handler);
    }
}
