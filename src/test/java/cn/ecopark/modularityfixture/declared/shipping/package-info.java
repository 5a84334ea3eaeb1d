/** Declares its use of orders: verify() accepts it. */
@ApplicationModule(allowedDependencies = "orders")
package cn.ecopark.modularityfixture.declared.shipping;

import org.springframework.modulith.ApplicationModule;
