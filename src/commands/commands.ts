/**
 * Function file for ribbon commands (manifest FunctionFile → commands.html).
 * The only ribbon button today is ShowTaskpane, which needs no code; real commands are added later.
 */
Office.onReady(() => {
  // Ready: commands registered with Office.actions.associate(...) will be added here.
});
