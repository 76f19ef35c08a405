import ActiesResultaat from './ActiesResultaat.astro';
import Begrip from './Begrip.astro';
import Bron from './Bron.astro';
import BronnenOverzicht from './BronnenOverzicht.astro';
import Callout from './Callout.astro';
import MomentenTijdlijn from './MomentenTijdlijn.astro';
import RegelenRondAchttien from './RegelenRondAchttien.astro';
import StapLink from './StapLink.astro';
import Tijdlijn from './Tijdlijn.astro';
import VoorbeeldKaart from './VoorbeeldKaart.astro';

/**
 * Components MDX authors can use without importing them. Pages pass this
 * map to `<Content components={mdxComponents} />`.
 */
export const mdxComponents = {
	Callout,
	ActiesResultaat,
	VoorbeeldKaart,
	Begrip,
	StapLink,
	Bron,
	Tijdlijn,
	BronnenOverzicht,
	MomentenTijdlijn,
	RegelenRondAchttien,
};
