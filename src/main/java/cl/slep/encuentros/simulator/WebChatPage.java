package cl.slep.encuentros.simulator;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Serves the static web chat at a short address. */
@Controller
@SimulatorMode
class WebChatPage {

    @GetMapping({"/simulador", "/simulador/"})
    String page() {
        return "forward:/simulador/index.html";
    }
}
