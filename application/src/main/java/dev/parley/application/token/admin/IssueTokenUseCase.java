package dev.parley.application.token.admin;

import dev.parley.application.Caller;
import dev.parley.application.token.MintTokenCommand;
import dev.parley.application.token.MintedToken;

/**
 * Issues an access token on behalf of a caller: a holder of an API secret may issue any token; a
 * caller with roomAdmin for a room may issue tokens for that room only, granting no more than a
 * room admin holds (no roomCreate, roomList, roomRecord, ingressAdmin, nor another room).
 */
public interface IssueTokenUseCase {

    /** The minted token; DENIED with {@code room_admin_not_granted}, {@code grant_room_mismatch} or {@code grant_escalation}. */
    MintedToken issue(Caller caller, MintTokenCommand command);
}
