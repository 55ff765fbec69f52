package vn.tdc.portal.unit.domain;

/**
 * The part of the unit tree a caller may see: the units whose path starts with {@link #pathPrefix()}. A ward officer
 * ({@code /bac-ninh/xa-dong-cuu/}) sees one ward, a province officer ({@code /bac-ninh/}) every unit of the province,
 * a platform administrator ({@code /}) everything.
 *
 * <p>It is enforced for every owned entity (reports, articles, documents, staff accounts) by one EclipseLink
 * additional criterion, {@value #CRITERION}, whose parameter {@value #PROPERTY} the data layer sets from the caller
 * before any query ({@code unit.infrastructure.CallerScopeInterceptor}); a row outside the scope is not found, as if
 * it did not exist. Reports, the one owned table that grows to hundreds of thousands of rows, are scoped by the same
 * parameter through {@value #REPORT_CRITERION}: their own copy of the unit's path, without the join to the units,
 * and no condition at all for the whole tree (the database folds {@code '/%' = '/%'} away before planning).
 */
public record UnitScope(String pathPrefix) {

    /** The entity manager property the criterion reads. */
    public static final String PROPERTY = "unitScope";
    /** The JPQL criterion on every owned entity; {@code unit} is its read-only link to its unit. */
    public static final String CRITERION = "this.unit.path LIKE :unitScope";
    /** The criterion on reports: their {@code unitPath} column, and nothing when the scope is the whole tree. */
    public static final String REPORT_CRITERION = "(:unitScope = '" + UnitScope.ALL_PATTERN
            + "' OR this.unitPath LIKE :unitScope)";
    private static final String ALL_PATTERN = "/%";

    private static final UnitScope ALL = new UnitScope("/");
    /** Matches no path: a caller whose account has gone sees nothing. */
    private static final UnitScope NONE = new UnitScope("~");

    public UnitScope {
        if (pathPrefix == null || pathPrefix.isEmpty() || pathPrefix.contains("%") || pathPrefix.contains("_")) {
            throw new IllegalArgumentException("Not a unit path: " + pathPrefix);
        }
    }

    public static UnitScope all() {
        return ALL;
    }

    public static UnitScope none() {
        return NONE;
    }

    public static UnitScope of(String path) {
        return new UnitScope(path);
    }

    public String likePattern() {
        return pathPrefix + "%";
    }

    public boolean isAll() {
        return ALL.equals(this);
    }

    public boolean covers(String unitPath) {
        return unitPath != null && unitPath.startsWith(pathPrefix);
    }
}
