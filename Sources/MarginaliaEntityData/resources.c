/* The German entity model and the lexicons (Resources/), as a C target only so that SwiftPM
   copies them beside the executable (Marginalia_MarginaliaEntityData.resources) without a Swift
   resource accessor, which would link Foundation's Bundle and with it ICU (see
   Themes/resources.c). ShippedResources finds the folder. */
int marginalia_entity_data_resources;
