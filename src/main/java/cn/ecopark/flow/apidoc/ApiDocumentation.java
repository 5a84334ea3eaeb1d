package cn.ecopark.flow.apidoc;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Map;

/**
 * The OpenAPI document of {@code /api} and {@code /public/api} (served at {@code /api/openapi}, Swagger UI at
 * {@code /api/docs/swagger-ui/index.html}, both behind the same login as /api). The Chinese summaries,
 * descriptions and examples live in {@link ApiDescriptions}, so the controllers stay as they are; every operation
 * gets the error shape ({@code status}, {@code field}, {@code message}) for its error statuses.
 */
@Configuration
class ApiDocumentation {

    static final String ERROR = "Error";
    static final String BASIC = "basicAuth";

    @Bean
    OpenAPI ecoparkOpenApi() {
        return new OpenAPI()
                .info(new Info().title("生态工业园区创建与联合审批 API").version("1")
                        .description("""
                                山东省生态工业园区建设（鲁环发〔2021〕7号）联合审批系统的业务接口。\
                                `/api` 需登录（HTTP Basic，账号即 Camunda 用户；浏览器中也可沿用 Cockpit/Tasklist 的登录），\
                                `/public/api` 供申报单位凭申报编号和查询码查询进度，无需登录。\
                                流程中的待办任务通过 Camunda 引擎 REST（`/engine-rest`）办理，见 README 的“REST guide”。\
                                出错时统一返回 `{"status": 400, "field": "contactPhone", "message": "contactPhone：…"}`：\
                                `message` 为中文说明，能确定字段时以“字段：”开头并给出 `field`。\
                                400 输入有误；401 未登录；403 无权办理；404 不存在（或无权查看）；409 状态冲突或重复；\
                                422 业务上不予受理。"""))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Camunda 用户名和密码")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    @Bean
    OpenApiCustomizer ecoparkDescriptions() {
        return openApi -> {
            // springdoc rebuilds the schemas from the controllers' types; the error shape is ours to add back.
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas(ERROR, errorSchema());
            openApi.setTags(ApiDescriptions.TAGS.entrySet().stream()
                    .map(tag -> new Tag().name(tag.getKey()).description(tag.getValue())).toList());
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                    .forEach((method, operation) -> describe(method + " " + path, operation)));
        };
    }

    private static void describe(String key, Operation operation) {
        ApiDescriptions.Doc doc = ApiDescriptions.DOCS.get(key);
        if (doc == null) {
            return; // ApiDocumentationTests names any endpoint without a description
        }
        operation.setTags(List.of(doc.tag()));
        operation.setSummary(doc.summary());
        operation.setDescription(doc.description());
        if (doc.anonymous()) {
            operation.setSecurity(List.of());
        }
        if (doc.requestExample() != null && operation.getRequestBody() != null
                && operation.getRequestBody().getContent() != null) {
            operation.getRequestBody().getContent().values().forEach(media -> media.setExample(doc.requestExample()));
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        if (doc.successStatus() != 200) {
            ApiResponse generated = responses.remove("200");
            responses.addApiResponse(Integer.toString(doc.successStatus()),
                    generated != null ? generated : new ApiResponse());
        }
        ApiResponse success = responses.get(Integer.toString(doc.successStatus()));
        success.setDescription(doc.successDescription());
        if (doc.responseExample() != null) {
            if (success.getContent() == null || success.getContent().isEmpty()) {
                success.setContent(new Content().addMediaType("application/json", new MediaType().schema(new ObjectSchema())));
            }
            success.getContent().values().forEach(media -> media.setExample(doc.responseExample()));
        }
        for (Map.Entry<Integer, String> error : doc.errors().entrySet()) {
            responses.addApiResponse(Integer.toString(error.getKey()), new ApiResponse().description(error.getValue())
                    .content(new Content().addMediaType("application/json", new MediaType()
                            .schema(new Schema<>().$ref("#/components/schemas/" + ERROR))
                            .example(Map.of("status", error.getKey(), "message", error.getValue())))));
        }
        operation.setResponses(responses);
    }

    private static Schema<?> errorSchema() {
        return new ObjectSchema()
                .description("出错时的统一应答")
                .addProperty("status", new IntegerSchema().description("HTTP 状态码").example(400))
                .addProperty("field", new StringSchema().description("出错的字段（能确定时）").example("contactPhone"))
                .addProperty("message", new StringSchema().description("中文说明；涉及字段时以“字段：”开头")
                        .example("contactPhone：联系电话格式不正确（手机号11位，或区号-座机号）"))
                .required(List.of("status", "message"));
    }
}
