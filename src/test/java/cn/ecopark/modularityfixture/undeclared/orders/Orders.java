package cn.ecopark.modularityfixture.undeclared.orders;

/** The orders module's API. */
public class Orders {

    public int count() {
        return 0;
    }
}
