package cn.ecopark.flow.engine;

import org.camunda.bpm.engine.impl.Direction;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryProperty;
import org.camunda.bpm.engine.impl.db.ListQueryParameterObject;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.query.QueryProperty;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ids of a page of a candidate-group queue sorted by due date — every agency's 待办任务 filter, as Tasklist and
 * REST clients page it — by walking the open tasks in due-date order and keeping the group's (issue 16). Sorting the
 * group's own tasks instead needs each one's due date: for ecology's 20,000 at 100k, 20,000 task look-ups (65–78 ms
 * through REST). The walk reads {@code ECO_IDX_TASK_DUE_CREATE_ID} (due date, newest first, id) for the first
 * {@link #walked} tasks and probes each one's candidate link in {@code ECO_IDX_IDENT_LNK_GROUP_TASK}: for a group
 * holding a fifth of the tasks, 15 are met after ~75.
 *
 * <p>Taken only for a query {@link TaskIdPages.IdPagedTaskManager#countsLinksAlone} accepts (candidate groups and
 * nothing else, assigned tasks included, no authorization join, tenant or or-query: for a clerk, the own-work check
 * decided the groups are the clerk's own) ordered by a leading part of the index's order or of its reverse. Camunda
 * leaves ties in its ordering to the database; the walk breaks them by the index's further columns, one of the
 * orders Camunda's statement may return, the same on every page. The page is exact when the walked tasks hold
 * first + max of the group's (every later task sorts after them) or were every open task; otherwise {@link #ids}
 * answers {@code null} and Camunda's query runs (a small group, or one whose tasks are due last). Only on databases
 * that {@linkplain #readsDescendingIndexes read the index's descending part in order}.
 */
public final class QueueWalk {

    static final String PAGE = "cn.ecopark.flow.engine.TaskIdPage.selectQueueWalkPage";
    static final String COUNT_UP_TO = "cn.ecopark.flow.engine.TaskIdPage.selectTaskCountUpTo";
    /** Pages deeper than this keep Camunda's query: the walk would read too far. */
    static final int MAX_WANTED = 100;
    /** Tasks walked per task of the page wanted: a group with 2 % of the open tasks still fills its page. */
    static final int WALKED_PER_WANTED = 100;
    static final int MIN_WALKED = 1500;

    /** The index's order, column by column (engine-indexes.sql, ECO_IDX_TASK_DUE_CREATE_ID). */
    private static final List<QueryProperty> COLUMNS = List.of(TaskQueryProperty.DUE_DATE, TaskQueryProperty.CREATE_TIME, TaskQueryProperty.TASK_ID);
    private static final List<Direction> FORWARD = List.of(Direction.ASCENDING, Direction.DESCENDING, Direction.ASCENDING);

    private final List<String> groups;
    private final String walkOrder;
    private final int walked;
    private final int wanted;

    private QueueWalk(List<String> groups, String walkOrder, int walked, int wanted) {
        this.groups = List.copyOf(groups);
        this.walkOrder = walkOrder;
        this.walked = walked;
        this.wanted = wanted;
    }

    /**
     * Whether the database keeps the index's {@code CREATE_TIME_ DESC} in order (H2, MySQL 8, MariaDB 10.8 and later).
     * Older ones take the DESC and build an ascending index: the walk would then sort every open task, so it is not
     * taken there.
     */
    static boolean readsDescendingIndexes(DatabaseMetaData meta) throws SQLException {
        String product = meta.getDatabaseProductName();
        String version = meta.getDatabaseProductVersion();
        if ("H2".equalsIgnoreCase(product)) {
            return true;
        }
        if (!"MySQL".equalsIgnoreCase(product) && !"MariaDB".equalsIgnoreCase(product)) {
            return false; // the walk's SQL is written for these three
        }
        // MySQL's driver reports MariaDB as "5.5.5-10.11.19-MariaDB-…"
        Matcher number = Pattern.compile("^(?:5\\.5\\.5-)?(\\d+)\\.(\\d+)").matcher(version == null ? "" : version);
        if (!number.find()) {
            return false;
        }
        int major = Integer.parseInt(number.group(1));
        int minor = Integer.parseInt(number.group(2));
        boolean mariaDb = "MariaDB".equalsIgnoreCase(product) || version.toLowerCase(Locale.ROOT).contains("mariadb");
        return mariaDb ? major > 10 || (major == 10 && minor >= 8) : major >= 8;
    }

    /** The walk for a configured query, or {@code null} when its shape, ordering or page is not one the walk answers. */
    static QueueWalk of(TaskQueryImpl query) {
        long wanted = (long) query.getFirstResult() + query.getMaxResults();
        if (query.getFirstResult() < 0 || query.getMaxResults() <= 0 || wanted > MAX_WANTED
                || !TaskIdPages.IdPagedTaskManager.countsLinksAlone(query)) {
            return null;
        }
        String order = walkOrder(query.getOrderingProperties());
        return order == null ? null : new QueueWalk(query.getCandidateGroups(), order,
                Math.max(MIN_WALKED, (int) wanted * WALKED_PER_WANTED), (int) wanted);
    }

    /**
     * The index's order, forward or backward, when the query's ordering is a leading part of it: Camunda's own
     * columns and directions first, the index's further columns breaking its ties.
     */
    static String walkOrder(List<QueryOrderingProperty> ordering) {
        if (ordering == null || ordering.isEmpty() || ordering.size() > COLUMNS.size()) {
            return null;
        }
        boolean backward = ordering.get(0).getDirection() != null
                && Direction.DESCENDING.getName().equals(ordering.get(0).getDirection().getName());
        for (int i = 0; i < ordering.size(); i++) {
            QueryOrderingProperty property = ordering.get(i);
            QueryProperty column = property.getQueryProperty();
            if (!property.isContainedProperty() || column == null || column.getFunction() != null
                    || !COLUMNS.get(i).getName().equals(column.getName()) || property.getDirection() == null
                    || !direction(i, backward).getName().equals(property.getDirection().getName())) {
                return null;
            }
        }
        StringBuilder order = new StringBuilder();
        for (int i = 0; i < COLUMNS.size(); i++) {
            order.append(i == 0 ? "" : ", ").append("RES.").append(COLUMNS.get(i).getName()).append(' ').append(direction(i, backward).getName());
        }
        return order.toString();
    }

    private static Direction direction(int column, boolean backward) {
        Direction forward = FORWARD.get(column);
        return !backward ? forward : forward == Direction.ASCENDING ? Direction.DESCENDING : Direction.ASCENDING;
    }

    /** The page's ids, or {@code null} when the walked tasks do not decide it (then Camunda's query must). */
    @SuppressWarnings("unchecked")
    List<String> ids(DbEntityManager db, int firstResult) {
        ListQueryParameterObject parameter = new ListQueryParameterObject(this, 0, Integer.MAX_VALUE);
        List<String> ids = db.selectList(PAGE, parameter);
        if (ids.size() < wanted && (Long) db.selectOne(COUNT_UP_TO, parameter) > walked) {
            return null; // fewer than asked for, and open tasks beyond those walked may hold more of the group's
        }
        return ids.subList(Math.min(firstResult, ids.size()), ids.size());
    }

    /** The same walk over {@code walked} tasks (tests: to make it too short on purpose). */
    QueueWalk walking(int walked) {
        return new QueueWalk(groups, walkOrder, walked, wanted);
    }

    public List<String> getGroups() {
        return groups;
    }

    public String getWalkOrder() {
        return walkOrder;
    }

    public int getWalked() {
        return walked;
    }

    public int getOneBeyondWalked() {
        return walked + 1;
    }

    public int getWanted() {
        return wanted;
    }
}
