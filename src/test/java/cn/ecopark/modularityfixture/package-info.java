/**
 * Small fixture applications for {@code ModularityTests}: each sub-package is an application of two modules, built
 * to show that {@code ApplicationModules.verify()} refuses a reach into another module's internals or an undeclared
 * dependency, and accepts a declared one. Outside cn.ecopark.flow, so the real application never includes them.
 */
package cn.ecopark.modularityfixture;
