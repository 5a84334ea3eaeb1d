package cn.ecopark.modularityfixture.internals.orders.internal;

/** Public in Java, but internal to the orders module: it lives in a sub-package. */
public class OrderLines {

    public int count() {
        return 0;
    }
}
