/**
 * The project libraries of measures 11 and 12: workflows {@code pollution-library-intake} and {@code green-finance-intake}.
 * <ul>
 *   <li>this package: the {@code LibraryProject} record both intakes share (its intakes, tranches, bank actions, opinion
 *       shares) and its repository, the read-audit row {@code FinancingDataRead}, the enums and value types, the
 *       submit forms' reader {@code ProjectForm}, who may read which opinion ({@code ProjectOpinions}), the variables
 *       of both workflows ({@code LibraryVariables}) and the task display listener {@code showProjectOnTask};</li>
 *   <li>{@code library.process}: the beans the two models name (registration, the entry check, admission, the
 *       bank and funding listeners, the refusal) and the two decision tables read from Java
 *       ({@code PollutionEntryConditions}, {@code GreenFinancePreferences}: their results are stored on the intake);</li>
 *   <li>{@code library.api}: the REST views ({@code /api/libraries/…}, {@code /api/library-projects/…}), the case-file
 *       providers of the staff pages, and the audit of the financial side's reads (REST and task variables).</li>
 * </ul>
 * No other module uses this one (none declares it), so the record's mutators are public only for {@code library.process}.
 *
 * <p>Module boundary: the modules it may use are declared here and checked by {@code ModularityTests}.
 */
@ApplicationModule(allowedDependencies = {
        "agency", "approval", "calendar", "casefile", "casenumber", "engine", "formcontract", "park", "web"})
package cn.ecopark.flow.library;

import org.springframework.modulith.ApplicationModule;
