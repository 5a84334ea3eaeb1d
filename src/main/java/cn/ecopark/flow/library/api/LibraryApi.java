package cn.ecopark.flow.library.api;

import cn.ecopark.flow.agency.Agency;
import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.engine.InvalidInput;
import cn.ecopark.flow.formcontract.FormFields;
import cn.ecopark.flow.library.FinancingDataRead;
import cn.ecopark.flow.library.Library;
import cn.ecopark.flow.library.LibraryIntake;
import cn.ecopark.flow.library.LibraryProject;
import cn.ecopark.flow.library.LibraryProjectRepository;
import cn.ecopark.flow.library.ProjectOpinions;
import cn.ecopark.flow.web.ApiExceptionHandler;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;

/**
 * The project libraries over HTTP (HTTP Basic, like the engine REST API):
 * <ul>
 *   <li>{@code GET /api/libraries/{pollution-prevention|green-finance}/projects?page=0&size=20}: the admitted
 *       projects with priority, status and financing summary, for the agencies concerned with that library,
 *       managers and administrators.</li>
 *   <li>{@code GET /api/library-projects/{projectId}}: one project with its cases in both libraries, funds,
 *       bank actions and the opinions the caller may read (finsup and the banks: shared ones only).</li>
 * </ul>
 * Every answer that shows a bank user financing data is written to the read audit, one row per project.
 */
@RestController
class LibraryApi {

    static final int MAX_PAGE_SIZE = 100;
    private static final Set<String> OVERSIGHT = Set.of(StaffGroup.MANAGERS, StaffGroup.ADMINS);

    private final IdentityService identityService;
    private final LibraryListing listing;
    private final LibraryProjectRepository projects;
    private final ProjectOpinions opinions;
    private final FinancingReads reads;

    LibraryApi(IdentityService identityService, LibraryListing listing, LibraryProjectRepository projects,
               ProjectOpinions opinions, FinancingReads reads) {
        this.identityService = identityService;
        this.listing = listing;
        this.projects = projects;
        this.opinions = opinions;
        this.reads = reads;
    }

    @GetMapping("/api/libraries/{library}/projects")
    LibraryViews.Page list(@PathVariable("library") String slug, @RequestParam(name = "page", defaultValue = "0") String pageParam,
                           @RequestParam(name = "size", defaultValue = "20") String sizeParam) {
        Library library = Library.bySlug(slug).orElseThrow(() -> new ApiExceptionHandler.NotFound(
                "没有名为 " + slug + " 的项目库（可选：pollution-prevention、green-finance）"));
        Authentication caller = identityService.getCurrentAuthentication();
        List<String> groups = groupsOf(caller);
        if (groups.stream().noneMatch(g -> OVERSIGHT.contains(g) || library.concernedGroups().contains(g))) {
            throw new AuthorizationException("无权查看" + library.chineseName());
        }
        FormFields fields = new FormFields(name -> name.equals("page") ? pageParam : sizeParam);
        int page = fields.integer("page", "页码（从0开始）", 0, Integer.MAX_VALUE);
        int size = fields.integer("size", "每页条数", 1, MAX_PAGE_SIZE);
        long total = listing.count(library);
        List<LibraryViews.Entry> entries = listing.page(library, page, size).stream().map(admitted -> {
            reads.record(caller.getUserId(), groups, admitted.project().getId(), admitted.intake().getCaseNo(),
                    FinancingDataRead.VIA_REST, "GET /api/libraries/" + slug + "/projects?page=" + page + "&size=" + size);
            return LibraryViews.Entry.of(admitted.project(), admitted.intake());
        }).toList();
        return new LibraryViews.Page(library.slug(), library.chineseName(), page, size, total,
                (int) ((total + size - 1) / size), entries);
    }

    @GetMapping("/api/library-projects/{projectId}")
    LibraryViews.Project show(@PathVariable("projectId") String projectIdParam) {
        Authentication caller = identityService.getCurrentAuthentication();
        List<String> groups = groupsOf(caller);
        long projectId;
        try {
            projectId = Long.parseLong(projectIdParam);
        } catch (NumberFormatException e) {
            throw new InvalidInput("projectId：项目编号必须是数字，收到“" + projectIdParam + "”");
        }
        // Unknown and forbidden get the same 404: the answer must not tell which projects exist.
        LibraryProject project = projects.findById(projectId).filter(p -> mayView(p, groups))
                .orElseThrow(() -> new ApiExceptionHandler.NotFound("没有编号为 " + projectId + " 的入库项目，或您无权查看"));
        reads.record(caller.getUserId(), groups, project.getId(),
                project.admittedIntake(Library.GREEN_FINANCE).map(LibraryIntake::getCaseNo).orElse(null),
                FinancingDataRead.VIA_REST, "GET /api/library-projects/" + projectId);
        return LibraryViews.Project.of(project, opinions.visibleTo(project, groups));
    }

    /**
     * Ecology (it leads both measures) and oversight see every project; finance those in a pollution intake;
     * reform those in a green-finance intake; finsup and the banks those admitted to the green-finance library.
     */
    static boolean mayView(LibraryProject project, List<String> groups) {
        if (groups.contains(Agency.ECOLOGY.groupId()) || groups.stream().anyMatch(OVERSIGHT::contains)) {
            return true;
        }
        boolean inPollution = project.getIntakes().stream().anyMatch(i -> i.getLibrary() == Library.POLLUTION_PREVENTION);
        boolean inGreen = project.getIntakes().stream().anyMatch(i -> i.getLibrary() == Library.GREEN_FINANCE);
        return groups.contains(Agency.FINANCE.groupId()) && inPollution
                || groups.contains(Agency.REFORM.groupId()) && inGreen
                || groups.stream().anyMatch(ProjectOpinions.FINANCIAL_SIDE::contains)
                        && project.admittedIntake(Library.GREEN_FINANCE).isPresent();
    }

    private static List<String> groupsOf(Authentication caller) {
        return caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    }
}
