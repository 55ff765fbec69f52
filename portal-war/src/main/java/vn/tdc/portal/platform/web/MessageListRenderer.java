package vn.tdc.portal.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

import java.io.IOException;
import java.util.List;

/**
 * PrimeFaces' {@code p:messages} as a real list: PrimeFaces gives each {@code li} the role {@code alert}, which takes it
 * out of its {@code ul} for assistive technology (axe-core rule "list"). The items are written as plain list items;
 * the message box around them is already {@code aria-live="polite"}, so new messages are still announced.
 */
public class MessageListRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessages(FacesContext context, Messages uiMessages, String severity,
                                  List<FacesMessage> messages) throws IOException {
        ResponseWriter original = context.getResponseWriter();
        context.setResponseWriter(new ListItemsWithoutRole(original));
        try {
            super.encodeMessages(context, uiMessages, severity, messages);
        } finally {
            context.setResponseWriter(original);
        }
    }

    /** Leaves out {@code role} and {@code aria-atomic} on {@code li} elements. */
    private static final class ListItemsWithoutRole extends ResponseWriterWrapper {

        private String element;

        ListItemsWithoutRole(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void startElement(String name, jakarta.faces.component.UIComponent component) throws IOException {
            element = name;
            super.startElement(name, component);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if ("li".equals(element) && ("role".equals(name) || "aria-atomic".equals(name))) {
                return;
            }
            super.writeAttribute(name, value, property);
        }
    }
}
