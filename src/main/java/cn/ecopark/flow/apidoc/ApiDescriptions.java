package cn.ecopark.flow.apidoc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each {@code /api} and {@code /public/api} operation does, in Chinese, with examples, keyed by
 * {@code "METHOD path"} as the OpenAPI document names it. A new endpoint without an entry here fails
 * ApiDocumentationTests.
 */
final class ApiDescriptions {

    static final Map<String, String> TAGS = new LinkedHashMap<>();
    static final Map<String, Doc> DOCS = new LinkedHashMap<>();

    private static final String PARK = "创建申报";
    private static final String CASES = "案卷与材料";
    private static final String SUPERVISION = "园区监管";
    private static final String LIBRARY = "项目库";
    private static final String GREEN = "绿色通道";
    private static final String DASHBOARD = "统计看板与导出";
    private static final String PUBLIC = "公开查询";
    private static final String ADMIN = "系统管理";
    private static final String CONTROL = "时限与案件控制";
    private static final String OPERATIONS = "办理操作";

    static {
        TAGS.put(PARK, "生态工业园区创建申报（措施1–10）：提交、查看、公示异议。一网通办的申请带 platformApplicationId，可安全重发。");
        TAGS.put(CASES, "各类案卷共用：任务的案卷信息、申报材料上传下载、申报单位查询码。");
        TAGS.put(SUPERVISION, "两年复查和违法违规处理（措施16、17）。");
        TAGS.put(LIBRARY, "污染防治项目库和绿色金融项目库（措施11、12）。");
        TAGS.put(GREEN, "重点项目环评审批绿色通道（措施15）。");
        TAGS.put(DASHBOARD, "管理人员、省生态环境厅、系统管理员的统计看板与 XLSX/CSV 导出（每次导出均登记）。");
        TAGS.put(PUBLIC, "无需登录：申报单位凭申报编号和查询码查看进度。");
        TAGS.put(OPERATIONS, "各流程人工任务的办理操作：退回、撤回、收回、转办、委派、抄送。先核对调用人的权限，再由系统执行，并全部记入审批记录。");
        TAGS.put(ADMIN, "系统管理员：对外推送记录、被锁定的账户、模型更新助手、演示环境的时间快进。");
        TAGS.put(CONTROL, "每个任务的办理时限（工作日，待确认的管理员设置）、催办、延期，以及牵头部门对案件的中止、恢复和终止；每项操作均写入审批记录。");

        Map<String, Object> application = new LinkedHashMap<>();
        application.put("creditCode", "11371000MB0000001H");
        application.put("parkName", "威海临港经济技术开发区");
        application.put("city", "weihai");
        application.put("parkType", "COMPREHENSIVE");
        application.put("areaKm2", 38.5);
        application.put("carbonIntensityReductionPct", 21.0);
        application.put("threeLinesCompliant", true);
        application.put("greenIslandFacilities", 3);
        application.put("planningEiaStatus", "DONE_APPROVED");
        application.put("planningEiaConclusion", "规划环评结论：园区布局与“三线一单”管控要求相符。");
        application.put("attachmentNames", "创建申请书.pdf\n创建规划.pdf\n规划环评审查意见.pdf");
        application.put("contactName", "张明");
        application.put("contactPhone", "13806310000");
        application.put("platformApplicationId", "YWTB-2026-000123");
        put("POST /api/park-applications", new Doc(PARK, "提交生态工业园区创建申报",
                "申报园区账号（applicants 组）提交申请，启动 park-application 流程：逐项校验（错误时 400 指明字段），"
                        + "申报资格审查不通过时 422 并说明理由，通过时 201 返回申报编号和一次性查询码。"
                        + "可选 platformApplicationId（一网通办的申请编号，字母数字及 . _ : -，最长64位）：同一编号同一内容再次提交返回 200 和原申报编号，"
                        + "绝不生成第二件；同一编号不同内容返回 409。",
                false, application, 201, "已受理，返回申报编号与查询码（查询码只显示这一次）",
                Map.of("applicationNo", "STGY-2026-0001", "status", "CITY_REVIEW", "statusName", "市级初审",
                        "platformApplicationId", "YWTB-2026-000123", "verificationCode", "K7P2-9QXM",
                        "lookupPage", "/public/progress.html"),
                errors(400, "输入有误，field 指明字段", 401, "未登录", 403, "只有申报园区账号可以提交",
                        409, "platformApplicationId：该编号已用于内容不同的申请", 422, "不符合申报资格（不予受理），message 说明理由")));
        put("GET /api/park-applications/{applicationNo}", new Doc(PARK, "查看创建申请及全部审批决定",
                "申报单位本身、园区所在市、参与审查的省级部门、管理人员和系统管理员可查看：申请内容、当前环节、附加条件、指标评价、"
                        + "公示与异议，以及每一项审批决定（环节、机关、结论、意见、签批人、时间）。",
                false, null, 200, "申请及审批决定", null,
                errors(401, "未登录", 403, "无权查看该申请", 404, "没有该编号的申请")));
        put("POST /api/park-applications/{applicationNo}/objections", new Doc(PARK, "登记公示期异议",
                "省生态环境厅在公示期内登记收到的异议，流程转入“公示异议处理”。",
                false, Map.of("content", "群众反映园区内某企业夜间偷排，请核查。"), 201, "异议已登记",
                Map.of("applicationNo", "STGY-2026-0001", "status", "OBJECTION_REVIEW", "statusName", "异议处理"),
                errors(400, "content：请填写异议内容", 401, "未登录", 403, "只有省生态环境厅可以登记异议",
                        404, "没有该编号的申请", 409, "申请不在公示期")));

        put("GET /api/tasks/{taskId}/operations", new Doc(OPERATIONS, "任务可用的办理操作",
                "任务的办理人（或未认领时的候选部门人员）、本部门负责人、受委派人查看：案卷、可退回到的此前环节、可转办/委派的本部门同事、"
                        + "该任务的退回理由和上次办理结论、案卷的办理记录；牵头部门和管理员另见案件控制（caseControl：中止/恢复/终止）、"
                        + "绿色通道并联审查中的加签/减签（jointReview）和本案待审批的延期申请（extensions），与各接口的权限检查一致。",
                false, null, 200, "可用操作与办理记录",
                Map.of("caseNo", "STGY-2026-0001", "mayReturn", true, "returnTargets",
                        List.of(Map.of("stepKey", "cityPreReview", "stepName", "市级初审"))),
                errors(401, "未登录", 404, "任务不存在或您无权办理")));
        put("GET /api/cases/{caseNo}/operations", new Doc(OPERATIONS, "案卷可用的办理操作",
                "能查看该案卷的用户查看：申报单位可否撤回、办理人可否收回，以及案卷的办理记录（含退回、撤回等操作）；"
                        + "牵头部门和管理员另见 caseControl、jointReview、extensions（同任务的办理操作）。",
                false, null, 200, "可用操作与办理记录", Map.of("caseNo", "STGY-2026-0001", "mayWithdraw", true),
                errors(401, "未登录", 404, "没有该案卷，或您无权查看")));
        put("POST /api/tasks/{taskId}/return", new Doc(OPERATIONS, "退回到此前环节",
                "办理人把案件退回到本案此前已办结的任一人工环节（含省级退回市级），须填写理由；只取消本任务，并联审查中其他部门的任务和意见不受影响。"
                        + "被退回的环节可看到退回理由和上次办理结论。",
                false, Map.of("targetStep", "cityPreReview", "reason", "园区面积数据与规划不符，请市级核实"), 200, "已退回",
                Map.of("caseNo", "STGY-2026-0001", "returnedTo", "市级初审", "message", "已退回至「市级初审」"),
                errors(400, "reason：请填写退回理由", 401, "未登录", 404, "任务不存在或您无权办理",
                        409, "「xxx」不是本案此前办理过的环节，只能退回到本案已办结的环节")));
        put("POST /api/tasks/{taskId}/transfer", new Doc(OPERATIONS, "转办给本部门同事",
                "办理人（或本部门负责人，对本部门任一任务）把任务转给本部门的另一位人员。",
                false, Map.of("userId", "science-manager", "reason", "本人出差"), 200, "已转办",
                Map.of("message", "已转办给 负责人省科技厅（science-manager）"),
                errors(400, "userId：“ecology-clerk”不是省科技厅的人员，只能转办给本部门的同事", 401, "未登录",
                        404, "任务不存在或您无权办理", 409, "任务正在委派中")));
        put("POST /api/tasks/{taskId}/delegate", new Doc(OPERATIONS, "委派给本部门同事",
                "办理人把任务委派给本部门同事办理；受委派人办结委派后任务回到办理人，由其作出结论。",
                false, Map.of("userId", "science-manager", "comment", "请核实专家意见"), 200, "已委派",
                Map.of("message", "已委派给 负责人省科技厅（science-manager），办结后回到您的待办"),
                errors(400, "userId：只能委派给本部门的同事", 401, "未登录", 404, "任务不存在或您无权办理", 409, "任务已委派")));
        put("POST /api/tasks/{taskId}/resolve", new Doc(OPERATIONS, "办结委派",
                "受委派人填写意见并办结委派，任务交回原办理人。",
                false, Map.of("comment", "已核实，专家意见无误"), 200, "已交回",
                Map.of("message", "委派已办结，任务已交回 经办人省科技厅（science-clerk）"),
                errors(400, "comment：请填写委派办理意见", 401, "未登录", 404, "任务不存在或您无权办理", 409, "不是委派给您的任务")));
        put("POST /api/tasks/{taskId}/carbon-copies", new Doc(OPERATIONS, "抄送",
                "办理人把案卷只读抄送给人员或部门（部门按发送时的人员展开）；接收人在 Tasklist 的“抄送我的”中看到，可查看审批单和材料。"
                        + "申报单位、金融机构不接收抄送。",
                false, Map.of("groups", List.of("ecology-managers"), "note", "请知悉联审进展"), 201, "已抄送",
                Map.of("recipients", List.of("ecology-manager"), "message", "已抄送给 1 人"),
                errors(400, "users：请选择抄送给哪些人员或部门（不含本人）", 401, "未登录", 404, "任务不存在或您无权办理")));
        put("GET /api/carbon-copies", new Doc(OPERATIONS, "抄送我的",
                "列出抄送给本人的案卷（新的在前）及是否已阅。",
                false, null, 200, "抄送清单", null, errors(401, "未登录")));
        put("POST /api/carbon-copies/{id}/read", new Doc(OPERATIONS, "标记抄送已阅",
                "接收人把一份抄送标记为已阅（其抄送任务随之结束）。",
                false, null, 200, "已阅", Map.of("id", 1, "read", true), errors(401, "未登录", 404, "没有该抄送，或它不是抄送给您的")));
        put("POST /api/cases/{caseNo}/withdrawal", new Doc(OPERATIONS, "申报单位撤回申请",
                "申报单位在尚无任何部门作出办理结论时撤回申请，须填写理由；案件办结（记录保留），案卷状态为“已撤回”。",
                false, Map.of("reason", "材料需重新编制"), 200, "已撤回",
                Map.of("caseNo", "STGY-2026-0001", "status", "WITHDRAWN", "message", "申请已撤回，案卷已办结"),
                errors(400, "reason：请填写撤回理由", 401, "未登录", 403, "只有申报单位本人可以撤回申请",
                        404, "没有该案卷，或您无权查看", 409, "「市级初审」已由威海市生态环境局作出办理结论（通过），申请已不能撤回")));
        put("POST /api/cases/{caseNo}/take-back", new Doc(OPERATIONS, "收回本人刚办结的环节",
                "办理人收回本人在该案最近办结的环节：下一环节尚无人认领、评论或办理，且此后无人办结任何环节；下一环节取消，本人的环节重新打开并由本人认领。",
                false, Map.of("reason", "意见填写有误"), 200, "已收回",
                Map.of("caseNo", "STGY-2026-0001", "takenBack", "市级初审", "message", "已收回「市级初审」，可重新办理"),
                errors(401, "未登录", 404, "没有该案卷，或您无权查看", 409, "下一环节「省科技厅联合审查」已有人认领或处理，不能收回「市级初审」")));
        put("GET /api/tasks/{taskId}/case-file", new Doc(CASES, "查看任务所属案卷",
                "办理人打开待办任务时查看案卷：业务类型、编号、名称、当前环节、申报信息和目前结果。只有能看到该任务的用户可查看。",
                false, null, 200, "案卷", null, errors(401, "未登录", 404, "没有该任务，或无权查看")));
        put("POST /api/cases/{caseNo}/attachments", new Doc(CASES, "上传申报材料",
                "申报单位为自己的案卷上传材料（multipart/form-data，字段 file，单个文件不超过 10 MB，PDF/Office/图片）。",
                false, null, 201, "已保存的材料", null,
                errors(400, "file：请选择文件", 401, "未登录", 403, "只有申报单位可以上传", 404, "没有该案卷，或无权查看",
                        413, "file：文件超过 10 MB", 415, "file：不支持的文件类型")));
        put("GET /api/cases/{caseNo}/attachments", new Doc(CASES, "列出案卷的申报材料",
                "能查看该案卷的用户（申报单位、办理过该案卷的部门、管理人员）列出其材料。",
                false, null, 200, "材料清单", null, errors(401, "未登录", 404, "没有该案卷，或无权查看")));
        put("GET /api/attachments/{id}", new Doc(CASES, "下载一份申报材料",
                "下载材料原件；权限同所属案卷。",
                false, null, 200, "文件内容", null, errors(401, "未登录", 404, "没有该材料，或无权查看")));
        put("POST /api/lookup-codes", new Doc(CASES, "重新获取进度查询码",
                "申报单位为自己的案卷重新生成查询码（旧码随即失效），查询码只显示这一次。",
                false, Map.of("caseNo", "STGY-2026-0001"), 201, "新的查询码",
                Map.of("caseNo", "STGY-2026-0001", "caseTypeName", "生态工业园区创建申报", "title", "威海临港经济技术开发区",
                        "code", "K7P2-9QXM", "lookupPage", "/public/progress.html"),
                errors(400, "caseNo：请给出申报编号", 401, "未登录", 403, "只有申报单位本身可以获取查询码",
                        404, "没有该案卷，或无权查看")));

        put("POST /public/api/progress", new Doc(PUBLIC, "凭查询码查询办理进度",
                "无需登录。申报编号和查询码相符时返回进度（当前环节、已办环节、需要申报单位做的事）；不符时 404，多次失败后暂时锁定（429）。",
                true, Map.of("caseNo", "STGY-2026-0001", "code", "K7P2-9QXM"), 200, "办理进度", null,
                errors(400, "caseNo：请填写申报编号", 404, "申报编号或查询码不正确", 429, "查询失败次数过多，请稍后再试")));

        put("POST /api/parks/{parkId}/violations", new Doc(SUPERVISION, "报告园区严重环境违法或重大突发环境事件",
                "省生态环境厅报告（措施17）：kind 为 SERIOUS_VIOLATION（严重环境违法行为）或 MAJOR_INCIDENT（重大突发环境事件），"
                        + "caseReference 为处罚或事件文号，occurredOn 为发生日期，description 为情况说明。启动 violation-handling 流程并给出建议处理。",
                false, Map.of("kind", "SERIOUS_VIOLATION", "caseReference", "鲁环罚〔2026〕12号", "occurredOn", "2026-10-08",
                        "description", "园区内企业超标排放，已立案处罚。"), 201, "已立案，返回案件编号和建议处理",
                null, errors(400, "输入有误，field 指明字段", 401, "未登录", 403, "只有省生态环境厅可以报告", 404, "没有该园区",
                        409, "该园区已有在办的违法违规处理案件")));
        put("GET /api/parks/{parkId}/history", new Doc(SUPERVISION, "查看园区监管记录",
                "省生态环境厅和管理人员查看园区的称号状态变化及其依据、两年复查和违法违规案件。",
                false, null, 200, "园区监管记录", null, errors(401, "未登录", 403, "无权查看", 404, "没有该园区")));

        put("GET /api/libraries/{library}/projects", new Doc(LIBRARY, "分页列出项目库中的项目",
                "library 为 pollution-prevention（污染防治项目库）或 green-finance（绿色金融项目库）；page 从0开始，size 每页条数。"
                        + "有关部门和银行可查看，每次读取都登记（融资信息）。",
                false, null, 200, "一页项目", null,
                errors(400, "page 或 size 不正确", 401, "未登录", 403, "无权查看该项目库", 404, "没有该项目库")));
        put("GET /api/library-projects/{projectId}", new Doc(LIBRARY, "查看一个入库项目",
                "项目资料、入库结论和各方意见；权限同项目库，读取登记。",
                false, null, 200, "项目", null, errors(401, "未登录", 403, "无权查看", 404, "没有该项目")));

        put("GET /api/green-channel/projects/{projectNo}", new Doc(GREEN, "查看绿色通道项目",
                "项目资料、各部门并联审查的意见和法定时限、补正和联合答复。",
                false, null, 200, "项目", null, errors(401, "未登录", 403, "无权查看", 404, "没有该项目")));

        put("GET /api/dashboard", new Doc(DASHBOARD, "统计看板数据",
                "管理人员、省生态环境厅和系统管理员：措施5目标完成、各市创建计划（措施6）、各业务按环节的案卷数、各部门在办/超期/平均办理工作日。",
                false, null, 200, "看板数据", null, errors(401, "未登录", 403, "统计看板仅供管理人员、省生态环境厅和系统管理员查看")));
        put("GET /api/me", new Doc(DASHBOARD, "当前用户可用的页面",
                "返回 userId，以及能否打开统计看板、是否为申报单位、是否为系统管理员、能否打开园区名录（页面据此显示链接）。",
                false, null, 200, "当前用户", Map.of("userId", "manager", "dashboard", true, "applicant", false, "admin", false,
                        "parks", false),
                errors(401, "未登录")));
        put("GET /api/city-plans", new Doc(DASHBOARD, "各市创建计划",
                "各设区市计划至2025年底命名的园区数和工业园区总数（措施6）；演示数据标为示例。",
                false, null, 200, "各市计划", null, errors(401, "未登录", 403, "无权查看")));
        put("PUT /api/city-plans/{city}", new Doc(DASHBOARD, "修改一个市的创建计划",
                "系统管理员录入各市上报的数字；city 为城市代码（如 weihai）。",
                false, Map.of("plannedParks2025", 7, "industrialParks", 14), 200, "保存后的计划", null,
                errors(400, "plannedParks2025：计划命名园区数不能多于工业园区总数", 401, "未登录", 403, "只有系统管理员可以修改")));
        put("GET /api/exports/cases", new Doc(DASHBOARD, "导出案卷明细（XLSX/CSV）",
                "按业务类型 caseType（流程标识，如 park-application）和申报日期 from–to（yyyy-MM-dd，北京时间，含两端；缺省为本年1月1日至今天）"
                        + "导出案卷：当前环节、是否办结、已用工作日（按法定工作日）、每项审批决定（环节、机关、结论、日期、签批人）。"
                        + "format=xlsx（两张表：案卷、审批决定）或 csv（带 BOM 的 UTF-8，以 = + - @ 开头的文本前加单引号）。权限同统计看板，每次导出均登记。",
                false, null, 200, "文件（Content-Disposition: attachment）", null,
                errors(400, "caseType、from、to 或 format 有误", 401, "未登录", 403, "统计导出仅供管理人员、省生态环境厅和系统管理员使用")));
        put("GET /api/exports/dashboard", new Doc(DASHBOARD, "导出统计看板各表（XLSX/CSV）",
                "全省目标、各市创建进展、各业务办理环节、各机关办理情况；table 可只取其一（targets、cities、workflows、agencies）。"
                        + "权限同统计看板，每次导出均登记。",
                false, null, 200, "文件（Content-Disposition: attachment）", null,
                errors(400, "format 或 table 有误", 401, "未登录", 403, "统计导出仅供管理人员、省生态环境厅和系统管理员使用")));

        put("GET /api/admin/index-catalogue", new Doc(ADMIN, "指标体系（当前版本与修改记录）",
                "系统管理员查看新申报所依据的指标体系（基本条件和指标：类别、名称、单位、方向、阈值、必选或“至少满足N项”组、依据文件和条款；"
                        + "confirmed=false 的阈值或规则标“待确认”，不作判定），以及每次修改的版本、修改人、时间和理由。",
                false, null, 200, "当前版本与修改记录", null,
                errors(401, "未登录", 403, "只有系统管理员可以查看和修改指标体系")));
        put("PUT /api/admin/index-catalogue", new Doc(ADMIN, "修改指标体系（保存为新版本）",
                "系统管理员提交完整的指标体系和修改理由，保存为下一版本（如 v2）；已有版本不变，每件申报记录评价所用的版本。"
                        + "组内项数不足、成组规则与分组不符、已确认的指标无阈值等均以 400 拒绝。",
                false, Map.of("reason", "根据修订后的考核标准调整第8–9项", "catalogue", Map.of("title", "…", "note", "…",
                        "groups", List.of(), "items", List.of())), 200, "新版本号",
                Map.of("version", "v2", "editedBy", "admin"),
                errors(400, "reason 或 catalogue 有误", 401, "未登录", 403, "只有系统管理员可以查看和修改指标体系",
                        409, "指标体系已被他人同时修改")));

        put("GET /api/admin/outbound-deliveries", new Doc(ADMIN, "对外推送记录",
                "系统管理员查看每个对外事件向每个端点的推送：状态（PENDING 待发、SENDING 发送中、DELIVERED 已送达、FAILED 已放弃）、"
                        + "尝试次数、下次重试时间、最后的 HTTP 状态或错误，以及每次尝试的明细。page 从0开始，size 1–100，status 可筛选。",
                false, null, 200, "一页推送记录",
                Map.of("page", 0, "size", 20, "total", 1, "items", List.of(Map.of("id", 1,
                        "eventId", "5d1c1f0e-7c55-3a42-9a52-0f3cf2f36f51", "eventType", "case.decided", "caseNo", "STGY-2026-0001",
                        "endpoint", "https://platform.example/ecopark/events", "status", "DELIVERED", "attempts", 2,
                        "attemptLog", List.of(Map.of("attempt", 1, "httpStatus", 500), Map.of("attempt", 2, "httpStatus", 200))))),
                errors(400, "size：每页条数应在1到100之间", 401, "未登录", 403, "只有系统管理员可以查看对外推送记录")));
        put("POST /api/demo/cases/{caseNo}/next-timer", new Doc(ADMIN, "演示：立即触发案卷的下一个定时器",
                "仅内置演示环境（H2）：系统管理员让案卷越过公示期、提醒等定时器，以便几分钟内看完一件案卷；生产配置（mysql）中拒绝。",
                false, null, 200, "已触发的定时器",
                Map.of("caseNo", "STGY-2026-0001", "timer", "公示期满", "timersLeft", 0),
                errors(401, "未登录", 403, "仅系统管理员，且仅演示环境", 404, "没有该案卷", 409, "案卷当前没有等待中的定时器")));

        put("GET /public/api/notices", new Doc(PUBLIC, "正在公示的园区",
                "无需登录：列出处于公示期（含异议处理中）的园区名称、所在城市、园区类型、公示起止时间，公示期长度及其来源，以及如何提出异议。",
                true, null, 200, "公示列表",
                Map.of("notices", List.of(Map.of("parkName", "威海临港经济技术开发区", "cityName", "威海市",
                                "parkTypeName", "综合类", "startsAt", "2026-11-02T09:00:00", "endsAt", "2026-11-09T09:00:00")),
                        "periodText", "公示期 7 天（来源：待确认：管理员设置，尚未记录来源文件）",
                        "howToObject", "公示期内，任何单位和个人可向山东省生态环境厅书面提出异议……"),
                errors()));

        Map<String, Object> registration = new LinkedHashMap<>();
        registration.put("creditCode", "11370000MB1234567X");
        registration.put("parkName", "淄博高新技术产业开发区");
        registration.put("city", "zibo");
        registration.put("parkType", "COMPREHENSIVE");
        registration.put("areaKm2", 95.0);
        registration.put("namedOn", "2021-06-30");
        registration.put("namingDocumentNo", "鲁环函〔2021〕12号");
        put("POST /api/parks", new Doc(SUPERVISION, "补录系统上线前已批准建设或已命名的园区",
                "仅省生态环境厅：按园区管委会统一社会信用代码（GB 32100-2015 校验）登记园区及其批准建设、命名的日期和文号，"
                        + "使目标统计、三年禁申期、奖补上限和复查周期都能按园区计算。",
                false, registration, 201, "已登记的园区", null,
                errors(400, "输入有误，field 指明字段", 401, "未登录", 403, "只有省生态环境厅可以补录园区",
                        409, "统一社会信用代码或园区名称已登记")));
        put("GET /api/parks/by-credit-code/{creditCode}", new Doc(SUPERVISION, "按统一社会信用代码查看园区",
                "园区的身份、历年名称和每次状态变化（日期、文号）。省生态环境厅、管理人员和系统管理员可查看。",
                false, null, 200, "园区登记信息", null,
                errors(401, "未登录", 403, "无权查看园区登记信息", 404, "没有该统一社会信用代码的园区")));

        put("GET /api/parks", new Doc(SUPERVISION, "查询园区名录",
                "按统一社会信用代码或园区名称（含曾用名）模糊查询，q 为空时列出全部；每个园区含历年名称和每次状态变化（日期、文号）。"
                        + "最多返回200个，新登记的在前。省生态环境厅、管理人员和系统管理员可查看（页面 /staff/parks）。",
                false, null, 200, "园区列表", null,
                errors(400, "q：查询条件不能超过100字", 401, "未登录", 403, "无权查看园区登记信息")));
        put("GET /api/me/csrf-token", new Doc(CASES, "网页会话的 CSRF 令牌（本人）",
                "登录 Cockpit 或 Tasklist 后，本系统网页修改数据时需在 X-XSRF-TOKEN 请求头中携带的令牌；HTTP Basic 调用无需此令牌（返回 null）。",
                false, null, 200, "令牌", Map.of("token", "3F2504E04F8911D39A0C0305E82C3301"),
                errors(401, "未登录")));
        put("GET /api/accounts/locked", new Doc(ADMIN, "被暂时锁定的账户",
                "系统管理员：列出因连续输错密码而暂时锁定的账户（连续失败次数、锁定到何时）及解锁方法；锁定最长 60 秒，绝不永久锁定。",
                false, null, 200, "锁定中的账户",
                List.of(Map.of("userId", "weihai-clerk", "failedAttempts", 6, "lockedUntil", "2026-11-29T10:15:42+08:00",
                        "unlock", "Admin → 用户 → weihai-clerk → 解锁用户，或 POST /engine-rest/user/weihai-clerk/unlock")),
                errors(401, "未登录", 403, "只有系统管理员可以查看被锁定的账户")));

        String redeploy = "模型更新助手（系统管理员）：";
        put("GET /api/admin/redeploy/processes", new Doc(ADMIN, "可更新的流程及其版本",
                redeploy + "每个流程标识的各个版本及各版本的在办案卷数。",
                false, null, 200, "流程与版本", null, errors(401, "未登录", 403, "模型更新助手仅供系统管理员使用")));
        put("GET /api/admin/redeploy/processes/{key}/assessment", new Doc(ADMIN, "比较两个版本",
                redeploy + "版本 from 与 to 之间新增、删除、改名的环节，表单和决策表的变化，旧版本各环节的在办案卷数，以及建议的迁移映射（同 id 自动对应）。",
                false, null, 200, "比较结果", null,
                errors(400, "from 或 to 有误", 401, "未登录", 403, "模型更新助手仅供系统管理员使用", 404, "没有该流程或版本")));
        put("POST /api/admin/redeploy/processes/{key}/assessment", new Doc(ADMIN, "按管理员的映射重新比较两个版本",
                redeploy + "同上，另带管理员为未自动对应的环节指定的映射（mappings：旧环节 id → 新环节 id）。",
                false, Map.of("from", 1, "to", 2, "mappings", Map.of("cityPreReview", "cityPreReview")), 200, "比较结果", null,
                errors(400, "from、to 或 mappings 有误", 401, "未登录", 403, "模型更新助手仅供系统管理员使用", 404, "没有该流程或版本")));
        put("POST /api/admin/redeploy/processes/{key}/dry-run", new Doc(ADMIN, "迁移试运行",
                redeploy + "用引擎的迁移校验检查每件在办案卷能否按计划迁移，不做任何改动；返回可迁移和不能迁移的案卷及原因。",
                false, Map.of("from", 1, "to", 2), 200, "校验报告", null,
                errors(400, "from、to 或 mappings 有误", 401, "未登录", 403, "模型更新助手仅供系统管理员使用", 404, "没有该流程或版本")));
        put("POST /api/admin/redeploy/processes/{key}/migrations", new Doc(ADMIN, "迁移在办案卷",
                redeploy + "按计划把旧版本的在办案卷迁移到新版本；mode 为 sync（逐件立即迁移）或 batch（批处理，可查看进度）。"
                        + "不能迁移的案卷留在旧版本并列入报告。每次迁移均登记。",
                false, Map.of("from", 1, "to", 2, "mode", "sync"), 202, "迁移已开始，返回迁移编号", null,
                errors(400, "mode、from、to 或 mappings 有误", 401, "未登录", 403, "模型更新助手仅供系统管理员使用", 404, "没有该流程或版本")));
        put("GET /api/admin/redeploy/migrations/{id}", new Doc(ADMIN, "迁移进度与报告",
                redeploy + "一次迁移的进度，以及已迁移和不能迁移的案卷（含原因）。",
                false, null, 200, "迁移报告", null,
                errors(401, "未登录", 403, "模型更新助手仅供系统管理员使用", 404, "没有该迁移")));
        put("GET /api/admin/redeploy/csrf-token", new Doc(ADMIN, "网页会话的 CSRF 令牌",
                redeploy + "助手页面提交 POST 时所需的 X-XSRF-TOKEN（仅同源页面可读取）。",
                false, null, 200, "令牌", Map.of("token", "2C3F…"), errors(401, "未登录", 403, "模型更新助手仅供系统管理员使用")));
        put("GET /api/admin/redeploy/changes", new Doc(ADMIN, "模型变更记录",
                redeploy + "每次部署、被拒绝的部署和迁移：谁、何时、什么（可按流程标识 key 筛选）。",
                false, null, 200, "变更记录", null, errors(401, "未登录", 403, "模型更新助手仅供系统管理员使用")));
        put("POST /api/tasks/{taskId}/urge", new Doc(CONTROL, "催办任务",
                "牵头部门（省生态环境厅）或管理人员催办一个在办任务：任务上显示催办说明并提高优先级，写入审批记录（催办）。"
                        + "每个任务每个工作日最多催办一次，第二次返回 409；案件中止期间不能催办。",
                false, Map.of("comment", "请于本周内办结"), 201, "已催办",
                Map.of("taskId", "5f1c…", "taskName", "省科技厅联合审查", "urgedBy", "ecology-clerk", "urgedAt", "2026-11-30T02:00:00Z"),
                errors(400, "comment：催办说明不能超过1000字", 401, "未登录", 403, "只有牵头部门或管理人员可以催办",
                        404, "任务不存在或已办结", 409, "今天已催办过，或案件已中止")));
        put("POST /api/tasks/{taskId}/extensions", new Doc(CONTROL, "申请延期",
                "任务的经办人（候选部门或认领人）说明理由申请延长若干个工作日，由牵头部门审批；写入审批记录（申请延期）。"
                        + "期限由法定时限和流程计时器控制的环节（绿色通道各部门审查、自查、整改、陈述申辩）不能延期。",
                false, Map.of("workingDays", 5, "reason", "需补充现场核查"), 201, "延期申请（待审批）",
                Map.of("id", 12, "workingDays", 5, "status", "PENDING"),
                errors(400, "workingDays 或 reason 有误", 401, "未登录", 403, "只有本任务的经办人可以申请延期",
                        404, "任务不存在或已办结", 409, "已有待审批的申请、期限由法定时限控制或案件已中止")));
        put("GET /api/tasks/{taskId}/extensions", new Doc(CONTROL, "任务的延期申请",
                "经办人、牵头部门、管理人员查看一个在办任务的全部延期申请及审批结果。",
                false, null, 200, "延期申请列表", List.of(Map.of("id", 12, "workingDays", 5, "status", "GRANTED")),
                errors(401, "未登录", 404, "任务不存在，或无权查看")));
        put("POST /api/tasks/{taskId}/extensions/{extensionId}/decision", new Doc(CONTROL, "审批延期申请",
                "牵头部门同意（grant=true）或不同意（grant=false，须说明理由）；同意时按工作日日历从原期限顺延所申请的工作日，"
                        + "任务的办理期限和提醒日期随之更新；写入审批记录（同意延期 / 不同意延期）。申请人本人不能审批。",
                false, Map.of("grant", true, "comment", "同意"), 200, "已审批",
                Map.of("id", 12, "status", "GRANTED", "newDueAt", "2026-12-14T15:59:59Z"),
                errors(400, "grant 或 comment 有误", 401, "未登录", 403, "只有牵头部门可以审批，且不能审批本人的申请",
                        404, "没有该延期申请", 409, "申请已处理、任务已办结或案件已中止")));
        put("POST /api/cases/{caseNo}/suspension", new Doc(CONTROL, "中止办理",
                "牵头部门说明理由中止案件：流程挂起，任务不能办理，计时器不触发，期限停止计算；申报单位在进度查询中看到中止及理由。写入审批记录（中止办理）。",
                false, Map.of("reason", "申报单位涉嫌环境违法，待调查结论"), 201, "已中止",
                Map.of("caseNo", "STGY-2026-0001", "kind", "SUSPENSION", "reason", "申报单位涉嫌环境违法，待调查结论"),
                errors(400, "reason：请填写中止理由", 401, "未登录", 403, "只有牵头部门可以中止",
                        404, "没有该案卷", 409, "案件已中止、已办结或已终止")));
        put("POST /api/cases/{caseNo}/resumption", new Doc(CONTROL, "恢复办理",
                "牵头部门恢复中止的案件：各在办任务的办理期限、提醒日期和案件的计时器按中止的工作日顺延。写入审批记录（恢复办理）。",
                false, Map.of("reason", "调查结论：不影响申报"), 200, "已恢复，workingDaysPaused 为中止的工作日数",
                Map.of("caseNo", "STGY-2026-0001", "kind", "SUSPENSION", "workingDaysPaused", 3),
                errors(400, "reason：恢复理由不能超过1000字", 401, "未登录", 403, "只有牵头部门可以恢复办理",
                        404, "没有该案卷", 409, "案件未处于中止状态或已终止")));
        put("POST /api/cases/{caseNo}/termination", new Doc(CONTROL, "终止办理",
                "牵头部门说明理由终止案件：流程结束（办理历史保留，不删除任何记录），案件显示为已终止。写入审批记录（终止办理）。",
                false, Map.of("reason", "申报单位书面申请撤回"), 201, "已终止",
                Map.of("caseNo", "STGY-2026-0001", "kind", "TERMINATION", "reason", "申报单位书面申请撤回"),
                errors(400, "reason：请填写终止理由", 401, "未登录", 403, "只有牵头部门可以终止",
                        404, "没有该案卷", 409, "案件已办结或已终止")));
        put("POST /api/cases/{caseNo}/joint-review/reviewers", new Doc(CONTROL, "加签",
                "牵头部门说明理由，在进行中的绿色通道并联审查中增加一个部门：该部门按时限决策表取得时限（未列明的审查事项为待确认），"
                        + "在其待办中收到审查任务，项目等待其意见，结果包含其意见。园区创建申报和创建过程联合审查的成员由《若干措施》固定，不能加签。写入审批记录（加签）。",
                false, Map.of("agency", "commerce", "reason", "项目涉及外资股权变更，请商务厅一并审查"), 201, "已加签",
                Map.of("caseNo", "LSTD-2026-0001", "agency", "commerce", "agencyName", "省商务厅", "operation", "加签"),
                errors(400, "agency：没有可参加并联审查的部门；reason：请填写加签理由", 401, "未登录", 403, "只有牵头部门可以加签",
                        404, "没有该案卷", 409, "该部门已参加、不在并联审查阶段、联合审查成员固定、案件已中止、已办结或已终止")));
        put("DELETE /api/cases/{caseNo}/joint-review/reviewers/{agency}", new Doc(CONTROL, "减签",
                "牵头部门说明理由，取消一个部门尚未办结的并联审查：其任务和计时器取消，项目不再等待其意见。"
                        + "已出具意见的部门（决定各自有效）和最后一个尚未出具意见的部门不能减签。写入审批记录（减签）。",
                false, Map.of("reason", "经核实本项目不涉及科技审查事项"), 200, "已减签",
                Map.of("caseNo", "LSTD-2026-0001", "agency", "science", "agencyName", "省科技厅", "operation", "减签"),
                errors(400, "agency：没有可参加并联审查的部门；reason：请填写减签理由", 401, "未登录", 403, "只有牵头部门可以减签",
                        404, "没有该案卷", 409, "该部门已出具意见、未参加、是最后一个待审部门、联合审查成员固定或案件已中止")));
        put("GET /api/cases/{caseNo}/control", new Doc(CONTROL, "案件的中止与终止记录",
                "可查看案卷的人（申报单位、经办部门、管理人员）查看案件的中止、恢复和终止记录。",
                false, null, 200, "记录列表", List.of(Map.of("kind", "SUSPENSION", "reason", "…", "workingDaysPaused", 3)),
                errors(401, "未登录", 404, "没有该案卷，或无权查看")));
    }

    private ApiDescriptions() {
    }

    private static void put(String key, Doc doc) {
        DOCS.put(key, doc);
    }

    private static Map<Integer, String> errors(Object... statusAndText) {
        Map<Integer, String> errors = new LinkedHashMap<>();
        for (int i = 0; i < statusAndText.length; i += 2) {
            errors.put((Integer) statusAndText[i], (String) statusAndText[i + 1]);
        }
        return errors;
    }

    /**
     * @param anonymous true for /public/api: no login
     * @param errors    error statuses with what they mean; each answers with the Error schema
     */
    record Doc(String tag, String summary, String description, boolean anonymous, Object requestExample,
               int successStatus, String successDescription, Object responseExample, Map<Integer, String> errors) {
    }
}
