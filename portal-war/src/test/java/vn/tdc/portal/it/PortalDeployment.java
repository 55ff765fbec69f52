package vn.tdc.portal.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.net.URI;
import java.net.URL;

/** The WAR that the build produced, deployed as it is (as ROOT, so at context root "/"). */
public final class PortalDeployment {

    /** The file name the WAR is deployed under (Payara names the application after it). */
    public static final String NAME = "ROOT.war";

    private PortalDeployment() {
    }

    public static WebArchive builtWar() {
        File war = new File(System.getProperty("portal.war", "target/portal.war"));
        return ShrinkWrap.create(ZipImporter.class, NAME).importFrom(war).as(WebArchive.class);
    }

    /** Arquillian reports the machine's external address; tests talk to loopback only. */
    public static URI loopback(URL deployed) {
        return URI.create("http://127.0.0.1:" + deployed.getPort() + "/");
    }
}
