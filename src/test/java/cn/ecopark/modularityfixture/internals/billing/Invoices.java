package cn.ecopark.modularityfixture.internals.billing;

import cn.ecopark.modularityfixture.internals.orders.internal.OrderLines;

/** Reaches into the orders module's internals: verify() must refuse this. */
public class Invoices {

    int lines(OrderLines lines) {
        return lines.count();
    }
}
