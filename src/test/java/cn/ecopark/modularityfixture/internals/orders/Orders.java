package cn.ecopark.modularityfixture.internals.orders;

/** The orders module's API. */
public class Orders {
}
