package cl.slep.encuentros.simulator;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The web chat has no login and the emulator hands out the bot's updates: unless the demo is public
 * ({@code encuentros.simulator.public}), only this machine reaches them.
 */
class LoopbackOnlyFilter extends OncePerRequestFilter {

    static final String REFUSAL = "El simulador solo atiende conexiones desde este mismo equipo.\n";

    private final boolean open;

    LoopbackOnlyFilter(boolean open) {
        this.open = open;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean simulatorRoute = path.equals("/simulador") || path.startsWith("/simulador/") || path.startsWith("/bot");
        return open || !simulatorRoute;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isLoopback(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType(MediaType.TEXT_PLAIN_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(REFUSAL);
    }

    static boolean isLoopback(String address) {
        if (address == null || address.isBlank() || !address.matches("[0-9a-fA-F.:%\\[\\]]+")) {
            return false;
        }
        try {
            // An address literal: no name lookup happens.
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
