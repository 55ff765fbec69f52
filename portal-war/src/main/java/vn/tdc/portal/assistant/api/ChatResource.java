package vn.tdc.portal.assistant.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tdc.portal.assistant.application.ChatReply;
import vn.tdc.portal.assistant.application.ChatService;
import vn.tdc.portal.platform.api.RequestValidator;
import vn.tdc.portal.platform.ratelimit.RateLimited;
import vn.tdc.portal.platform.ratelimit.RateLimits;

/**
 * The assistant (Hỏi đáp): answers grounded on the directives and plans, always with citations. The optional {@code ward}
 * (a unit slug) is the ward the question is asked on: its own plan answers first, then its province's, then national
 * documents; absent, the platform's default ward.
 */
@Path("/chat")
@RequestScoped
@Tag(name = "Hỏi đáp")
public class ChatResource {

    @Inject
    ChatService chat;

    @Inject
    RequestValidator validator;

    @POST
    @RateLimited(RateLimits.class)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hỏi trợ lý về chỉ thị, kế hoạch; câu trả lời kèm trích dẫn nguồn")
    public ChatReply ask(ChatRequest body) {
        ChatRequest valid = validator.valid(body);
        return chat.ask(valid.getQuestion(), valid.getConversationId(), valid.getWard());
    }
}
