package dev.parley.application.token.fake;

import dev.parley.application.token.contract.SecretSealerContractTest;
import dev.parley.application.token.port.SecretSealer;

/** Runs the sealer contract on the in-memory fake. */
class FakeSecretSealerTest extends SecretSealerContractTest {

    @Override
    protected SecretSealer newSealer() {
        return new FakeSecretSealer();
    }
}
