package cn.ecopark.modularityfixture.declared.shipping;

import cn.ecopark.modularityfixture.declared.orders.Orders;

/** Uses the orders module's API; allowed only where the package-info declares orders. */
public class Shipments {

    int parcels(Orders orders) {
        return orders.count();
    }
}
