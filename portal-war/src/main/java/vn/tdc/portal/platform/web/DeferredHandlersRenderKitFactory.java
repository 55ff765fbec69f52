package vn.tdc.portal.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;

import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;

/**
 * Lets PrimeFaces' scripts load with {@code defer} under its content security policy mode. With
 * {@code primefaces.CSP}, the handlers of {@code on…} attributes become an inline script of
 * {@code PrimeFaces.csp.register(…)} calls written at the end of the body; with
 * {@code primefaces.MOVE_SCRIPTS_TO_BOTTOM} = {@code defer} that script would run before PrimeFaces is loaded. Here
 * such a script, in a full page, is made to run on {@code DOMContentLoaded}, after the deferred scripts, like
 * PrimeFaces' own widget scripts. AJAX responses are left alone (their scripts run after PrimeFaces anyway).
 */
public class DeferredHandlersRenderKitFactory extends RenderKitFactory {

    private static final String HANDLERS = "PrimeFaces.csp.register(";

    public DeferredHandlersRenderKitFactory(RenderKitFactory wrapped) {
        super(wrapped);
    }

    @Override
    public void addRenderKit(String renderKitId, RenderKit renderKit) {
        getWrapped().addRenderKit(renderKitId, renderKit);
    }

    @Override
    public RenderKit getRenderKit(FacesContext context, String renderKitId) {
        RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
        return kit == null || !HTML_BASIC_RENDER_KIT.equals(renderKitId) ? kit : new RenderKitWrapper(kit) {
            @Override
            public ResponseWriter createResponseWriter(Writer writer, String contentTypeList, String encoding) {
                ResponseWriter created = getWrapped().createResponseWriter(writer, contentTypeList, encoding);
                FacesContext faces = FacesContext.getCurrentInstance();
                return faces != null && faces.getPartialViewContext().isAjaxRequest() ? created
                        : new HandlersOnLoad(created);
            }
        };
    }

    @Override
    public Iterator<String> getRenderKitIds() {
        return getWrapped().getRenderKitIds();
    }

    /** Holds back the text of each script element and wraps it when it is PrimeFaces' handler registrations. */
    static final class HandlersOnLoad extends ResponseWriterWrapper {

        private StringBuilder script;

        HandlersOnLoad(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void startElement(String name, jakarta.faces.component.UIComponent component) throws IOException {
            super.startElement(name, component);
            if ("script".equalsIgnoreCase(name)) {
                script = new StringBuilder();
            }
        }

        @Override
        public void endElement(String name) throws IOException {
            if ("script".equalsIgnoreCase(name) && script != null) {
                String text = script.toString();
                script = null;
                super.write(text.startsWith(HANDLERS)
                        ? "document.addEventListener('DOMContentLoaded',function(){" + text + "});" : text);
            }
            super.endElement(name);
        }

        @Override
        public void write(String text) throws IOException {
            if (script != null) {
                script.append(text);
            } else {
                super.write(text);
            }
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            if (script != null) {
                script.append(buffer, offset, length);
            } else {
                super.write(buffer, offset, length);
            }
        }

        @Override
        public void write(int c) throws IOException {
            if (script != null) {
                script.append((char) c);
            } else {
                super.write(c);
            }
        }

        @Override
        public void writeText(Object text, String property) throws IOException {
            if (script != null && text != null) {
                script.append(text);
            } else {
                super.writeText(text, property);
            }
        }

        @Override
        public void writeText(Object text, jakarta.faces.component.UIComponent component, String property)
                throws IOException {
            if (script != null && text != null) {
                script.append(text);
            } else {
                super.writeText(text, component, property);
            }
        }

        @Override
        public void writeText(char[] text, int offset, int length) throws IOException {
            if (script != null) {
                script.append(text, offset, length);
            } else {
                super.writeText(text, offset, length);
            }
        }

        @Override
        public ResponseWriter cloneWithWriter(Writer writer) {
            return new HandlersOnLoad(getWrapped().cloneWithWriter(writer));
        }
    }
}
