package dk.bif.tool.bridge;

/** {@link InMemoryRefusedClaims} keeps the {@link RefusedClaims} contract. */
class InMemoryRefusedClaimsTest extends AbstractRefusedClaimsContractTest {
  @Override
  protected RefusedClaims claims() {
    return new InMemoryRefusedClaims();
  }
}
