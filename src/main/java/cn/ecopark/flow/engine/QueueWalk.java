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
 * The ids of a page of a candidate-group queue — every agency's 待办任务 filter as Tasklist and REST clients page it,
 * and {@code GET /task?candidateGroup=…} in Camunda's default order by id — by walking the open tasks in an index's
 * order and keeping the queue's (issue 16). Sorting the group's own tasks instead needs each one's due date or
 * assignee: for ecology's 20,000 at 100k, 20,000 task look-ups (65–78 ms through REST for the due-date page; 133 ms
 * for the page by id, where MariaDB gathered all 55,000 unassigned tasks to fold duplicates). The walk reads the
 * first {@link #walked} tasks of {@code ECO_IDX_TASK_DUE_CREATE_ID} (due date, newest first, id) or of the primary key
 * and probes each one's candidate link in {@code ECO_IDX_IDENT_LNK_GROUP_TASK}: for a group holding a fifth of the
 * tasks, 15 are met after ~75.
 *
 * <p>Taken only for a query {@link TaskIdPages.IdPagedTaskManager#asksForCandidateGroupsAlone} accepts (candidate
 * groups and nothing else, with or without assigned tasks, no authorization join, tenant or or-query: for a clerk,
 * the own-work check decided the groups are the clerk's own), ordered by a leading part of an index's order or of
 * its reverse, or not ordered at all (Camunda then orders by id). Camunda leaves ties in its ordering to the
 * database; the walk breaks them by the index's further columns, one of the orders Camunda's statement may return,
 * the same on every page. The page is exact when the walked tasks hold first + max of the queue's (every later task
 * sorts after them) or were every open task; otherwise (a small group, or one whose tasks come last) {@link #ids}
 * reads the same page from every open task, which the database answers from the group's links. Only on databases
 * that {@linkplain #readsDescendingIndexes read the index's descending part in order}.
 */
public final class QueueWalk {

    static final String PAGE = "cn.ecopark.flow.engine.TaskIdPage.selectQueueWalkPage";
    static final String COUNT_UP_TO = "cn.ecopark.flow.engine.TaskIdPage.selectTaskCountUpTo";
    static final String WHOLE_PAGE = "cn.ecopark.flow.engine.TaskIdPage.selectQueueWholeWalkPage";
    /** Pages deeper than this keep Camunda's query: the walk would read too far. */
    static final int MAX_WANTED = 100;
    /** Tasks walked per task of the page wanted: a group with 2 % of the open tasks still fills its page. */
    static final int WALKED_PER_WANTED = 100;
    static final int MIN_WALKED = 1500;

    /** An index's order, column by column, forward: each a leading part of it is walked, forward or backward. */
    private record IndexOrder(List<QueryProperty> columns, List<Direction> forward) {
    }

    /** ECO_IDX_TASK_DUE_CREATE_ID (engine-indexes.sql). */
    private static final IndexOrder BY_DUE_DATE = new IndexOrder(
            List.of(TaskQueryProperty.DUE_DATE, TaskQueryProperty.CREATE_TIME, TaskQueryProperty.TASK_ID),
            List.of(Direction.ASCENDING, Direction.DESCENDING, Direction.ASCENDING));
    /** The primary key: Camunda's order when a query names none ({@code RES.ID_ asc}). */
    private static final IndexOrder BY_ID = new IndexOrder(List.of(TaskQueryProperty.TASK_ID), List.of(Direction.ASCENDING));

    private final List<String> groups;
    private final boolean unassignedOnly;
    private final IndexOrder index;
    private final String walkOrder;
    private final int walked;
    private final int wanted;

    private QueueWalk(List<String> groups, boolean unassignedOnly, IndexOrder index, String walkOrder, int walked, int wanted) {
        this.groups = List.copyOf(groups);
        this.unassignedOnly = unassignedOnly;
        this.index = index;
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
                || !TaskIdPages.IdPagedTaskManager.asksForCandidateGroupsAlone(query)) {
            return null;
        }
        List<QueryOrderingProperty> ordering = query.getOrderingProperties();
        IndexOrder index = ordering == null || ordering.isEmpty() || isTaskId(ordering.get(0)) ? BY_ID : BY_DUE_DATE;
        String order = walkOrder(index, ordering);
        return order == null ? null : new QueueWalk(query.getCandidateGroups(), !query.isIncludeAssignedTasks(), index, order,
                Math.max(MIN_WALKED, (int) wanted * WALKED_PER_WANTED), (int) wanted);
    }

    /**
     * The index's order, forward or backward, when the query's ordering is a leading part of it — Camunda's own
     * columns and directions first, the index's further columns breaking its ties — or no ordering at all on the
     * primary key (Camunda's default).
     */
    private static String walkOrder(IndexOrder index, List<QueryOrderingProperty> ordering) {
        List<QueryOrderingProperty> asked = ordering == null ? List.of() : ordering;
        if (asked.size() > index.columns().size()) {
            return null;
        }
        boolean backward = !asked.isEmpty() && asked.get(0).getDirection() != null
                && Direction.DESCENDING.getName().equals(asked.get(0).getDirection().getName());
        for (int i = 0; i < asked.size(); i++) {
            QueryOrderingProperty property = asked.get(i);
            QueryProperty column = property.getQueryProperty();
            if (!property.isContainedProperty() || column == null || column.getFunction() != null
                    || !index.columns().get(i).getName().equals(column.getName()) || property.getDirection() == null
                    || !direction(index, i, backward).getName().equals(property.getDirection().getName())) {
                return null;
            }
        }
        StringBuilder order = new StringBuilder();
        for (int i = 0; i < index.columns().size(); i++) {
            order.append(i == 0 ? "" : ", ").append("RES.").append(index.columns().get(i).getName()).append(' ')
                    .append(direction(index, i, backward).getName());
        }
        return order.toString();
    }

    private static boolean isTaskId(QueryOrderingProperty property) {
        return property.getQueryProperty() != null && TaskQueryProperty.TASK_ID.getName().equals(property.getQueryProperty().getName());
    }

    private static Direction direction(IndexOrder index, int column, boolean backward) {
        Direction forward = index.forward().get(column);
        return !backward ? forward : forward == Direction.ASCENDING ? Direction.DESCENDING : Direction.ASCENDING;
    }

    /**
     * The page's ids: from the walked tasks when they decide it, otherwise (fewer than asked for, and open tasks
     * beyond those walked may hold more of the queue's) from every open task in the same order ({@link #WHOLE_PAGE}).
     */
    @SuppressWarnings("unchecked")
    List<String> ids(DbEntityManager db, int firstResult) {
        ListQueryParameterObject parameter = new ListQueryParameterObject(this, 0, Integer.MAX_VALUE);
        List<String> ids = db.selectList(PAGE, parameter);
        if (ids.size() < wanted && (Long) db.selectOne(COUNT_UP_TO, parameter) > walked) {
            ids = db.selectList(WHOLE_PAGE, parameter);
        }
        return ids.subList(Math.min(firstResult, ids.size()), ids.size());
    }

    /** The same walk over {@code walked} tasks (tests: to make it too short on purpose). */
    QueueWalk walking(int walked) {
        return new QueueWalk(groups, unassignedOnly, index, walkOrder, walked, wanted);
    }

    public List<String> getGroups() {
        return groups;
    }

    /** Assigned tasks left out (Camunda's {@code RES.ASSIGNEE_ is null}: a query without includeAssignedTasks). */
    public boolean isUnassignedOnly() {
        return unassignedOnly;
    }

    /** The columns the walk reads of each task: those of its index. */
    public String getWalkColumns() {
        StringBuilder columns = new StringBuilder();
        for (QueryProperty column : index.columns()) {
            columns.append(columns.isEmpty() ? "" : ", ").append("RES.").append(column.getName());
        }
        return columns.toString();
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
