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
 * migrations (uploaded documents are read from the database), not at the first request; after the search index
 * follower has taken its cursor, so that a document changed by another node while this one reads them is applied
 * after the rebuild.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigrations", "SearchIndexFollowerStartup"})
@TransactionManagement(TransactionManagementType.BEAN)
public class DocumentCatalogStartup {

    @Inject
    DocumentCatalog catalog;

    @PostConstruct
    void load() {
        catalog.load();
    }
}
