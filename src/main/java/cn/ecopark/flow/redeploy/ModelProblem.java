package cn.ecopark.flow.redeploy;

/** One reason a model may not be deployed: which file, which element (its id, or null for the file), why (Chinese). */
public record ModelProblem(String resource, String elementId, String message) {

    @Override
    public String toString() {
        return resource + (elementId == null ? "" : " / " + elementId) + "：" + message;
    }
}
