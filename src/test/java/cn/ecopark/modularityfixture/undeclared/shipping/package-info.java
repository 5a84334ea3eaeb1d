/** Declares no dependency, yet uses orders: verify() must refuse this. */
@ApplicationModule(allowedDependencies = {})
package cn.ecopark.modularityfixture.undeclared.shipping;

import org.springframework.modulith.ApplicationModule;
