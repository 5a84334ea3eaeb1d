package cn.ecopark.modularityfixture.undeclared.shipping;

import cn.ecopark.modularityfixture.undeclared.orders.Orders;

/** Uses the orders module's API; allowed only where the package-info declares orders. */
public class Shipments {

    int parcels(Orders orders) {
        return orders.count();
    }
}
