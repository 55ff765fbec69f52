package vn.tdc.portal.document.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

/**
 * Fills the {@link DocumentCatalog} and the search index when the application starts, after the database
 * migrations (uploaded documents are read from the database), not at the first request.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class DocumentCatalogStartup {

    @Inject
    DocumentCatalog catalog;

    @PostConstruct
    void load() {
        catalog.load();
    }
}
