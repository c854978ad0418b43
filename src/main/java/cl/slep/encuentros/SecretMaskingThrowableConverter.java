package cl.slep.encuentros;

import ch.qos.logback.classic.pattern.ExtendedThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** The stack-trace half of {@link SecretMaskingConverter}. */
public class SecretMaskingThrowableConverter extends ExtendedThrowableProxyConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return SecretMaskingConverter.mask(super.convert(event));
    }
}
