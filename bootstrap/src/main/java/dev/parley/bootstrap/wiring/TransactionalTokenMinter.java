package dev.parley.bootstrap.wiring;

import dev.parley.application.token.MintAccessTokenUseCase;
import dev.parley.application.token.MintTokenCommand;
import dev.parley.application.token.MintedToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Minting for background work (webhook signatures): the key ring reads the database, so outside a
 * request each mint runs in a short transaction of its own, as the REST resources' calls do.
 */
@ApplicationScoped
@Typed(TransactionalTokenMinter.class) // not a second MintAccessTokenUseCase for injection points
public class TransactionalTokenMinter implements MintAccessTokenUseCase {

    @Inject
    private MintAccessTokenUseCase minting;

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public MintedToken mint(MintTokenCommand command) {
        return minting.mint(command);
    }
}
