/**
 * The engine's working-day business calendar ({@code P<n>WD} due dates). Exposed as the named interface
 * {@code calendar::engine} for modules that read that notation (time limits).
 */
@NamedInterface("engine")
package cn.ecopark.flow.calendar.engine;

import org.springframework.modulith.NamedInterface;
