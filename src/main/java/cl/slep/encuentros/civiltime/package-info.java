/**
 * Civil time as people in Chile live it: the zone, Spanish date formats and the rules for planned local times
 * that fall in a clock change. A shared module (declared in {@code @Modulithic(sharedModules)}), so every module
 * may use it without listing it, and it depends on no module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package cl.slep.encuentros.civiltime;
