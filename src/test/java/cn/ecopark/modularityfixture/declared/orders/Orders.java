package cn.ecopark.modularityfixture.declared.orders;

/** The orders module's API. */
public class Orders {

    public int count() {
        return 0;
    }
}
