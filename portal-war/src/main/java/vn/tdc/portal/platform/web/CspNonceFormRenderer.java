package vn.tdc.portal.platform.web;

import jakarta.faces.FactoryFinder;
import jakarta.faces.application.Application;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.Renderer;
import jakarta.faces.render.RendererWrapper;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;

import java.io.IOException;

/**
 * Every {@code h:form} carries the page's CSP nonce as {@code primefaces.nonce}, which PrimeFaces requires of a
 * post-back. PrimeFaces' script adds it to forms when it runs; written here, the field is also there on pages that
 * load no PrimeFaces script (the report form, the logout form) and for browsers without script. Installed over the
 * standard form renderer when the application starts (registered in {@code faces-config.xml}).
 */
public class CspNonceFormRenderer extends RendererWrapper {

    private static final String FORM_RENDERER = "jakarta.faces.Form";

    CspNonceFormRenderer(Renderer wrapped) {
        super(wrapped);
    }

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        if (PrimeApplicationContext.getCurrentInstance(context).getConfig().isCsp()) {
            ResponseWriter writer = context.getResponseWriter();
            writer.startElement("input", null);
            writer.writeAttribute("type", "hidden", null);
            writer.writeAttribute("name", CspNonceListener.VIEW_MAP_KEY, null);
            writer.writeAttribute("value", PrimeFacesContext.getCspState(context).getNonce(), null);
            writer.endElement("input");
        }
        super.encodeEnd(context, component);
    }

    /** Puts the renderer over the standard one once the application is configured. */
    public static class Installer implements SystemEventListener {

        @Override
        public boolean isListenerForSource(Object source) {
            return source instanceof Application;
        }

        @Override
        public void processEvent(SystemEvent event) {
            RenderKitFactory factory = (RenderKitFactory) FactoryFinder.getFactory(FactoryFinder.RENDER_KIT_FACTORY);
            RenderKit kit = factory.getRenderKit(null, RenderKitFactory.HTML_BASIC_RENDER_KIT);
            Renderer standard = kit.getRenderer(UIForm.COMPONENT_FAMILY, FORM_RENDERER);
            if (!(standard instanceof CspNonceFormRenderer)) {
                kit.addRenderer(UIForm.COMPONENT_FAMILY, FORM_RENDERER, new CspNonceFormRenderer(standard));
            }
        }
    }
}
