package dk.bif.lti.ags;

class InMemoryAdminRetryTokensTest extends AbstractAdminRetryTokensContractTest {
  @Override
  protected AdminRetryTokens tokens() {
    return new InMemoryAdminRetryTokens();
  }
}
