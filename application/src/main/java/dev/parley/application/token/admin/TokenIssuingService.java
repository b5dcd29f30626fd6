package dev.parley.application.token.admin;

import dev.parley.application.Caller;
import dev.parley.application.UseCaseException;
import dev.parley.application.service.Authorizer;
import dev.parley.application.token.MintAccessTokenUseCase;
import dev.parley.application.token.MintTokenCommand;
import dev.parley.application.token.MintedToken;
import dev.parley.domain.grant.Action;
import dev.parley.domain.grant.AdminOperation;
import dev.parley.domain.grant.DenyReason;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.room.RoomName;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Checks who may issue which token (see {@link IssueTokenUseCase}), audits it, then mints. */
public final class TokenIssuingService implements IssueTokenUseCase {

    private final MintAccessTokenUseCase mint;
    private final Authorizer authorizer;

    public TokenIssuingService(MintAccessTokenUseCase mint, Authorizer authorizer) {
        this.mint = Objects.requireNonNull(mint, "mint");
        this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
    }

    @Override
    public MintedToken issue(Caller caller, MintTokenCommand command) {
        String room = command.room() != null ? command.room() : command.grants().room();
        Map<String, String> details = new HashMap<>();
        if (command.identity() != null) {
            details.put("identity", command.identity().value());
        }
        if (caller.grant().isPresent()) {
            if (room == null || room.isEmpty()) {
                authorizer.recordDenial(caller, "token.mint", DenyReason.GRANT_ROOM_MISSING.code(), "", details);
                throw UseCaseException.denied(DenyReason.GRANT_ROOM_MISSING);
            }
            authorizer.requirePrivileged(caller, new Action.AdministerRoom(RoomName.of(room), AdminOperation.MINT_TOKEN),
                    "token.mint", room, details);
            if (escalates(command.grants(), room)) {
                authorizer.recordDenial(caller, "token.mint", DenyReason.GRANT_ESCALATION.code(), room, details);
                throw UseCaseException.denied(DenyReason.GRANT_ESCALATION);
            }
        } else {
            authorizer.recordAllowed(caller, "token.mint", room == null ? "" : room, details);
        }
        return mint.mint(command);
    }

    /** True when the grant reaches beyond what a room admin of {@code room} holds. */
    private static boolean escalates(VideoGrant g, String room) {
        boolean serverWide = g.roomCreate() || g.roomList() || g.roomRecord() || g.ingressAdmin();
        boolean otherRoom = !g.room().isEmpty() && !g.room().equals(room);
        boolean otherDestination = !g.destinationRoom().isEmpty() && !g.destinationRoom().equals(room);
        return serverWide || otherRoom || otherDestination;
    }
}
