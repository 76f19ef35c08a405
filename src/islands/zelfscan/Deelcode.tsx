import { useRef, useState } from 'preact/hooks';
import DeelLink from '../trainer/DeelLink';

interface Props {
	code: string;
}

/** The deelcode of this round, to hand to a trainer: scores and talk marks only. */
export function Deelcode({ code }: Props) {
	const field = useRef<HTMLInputElement>(null);
	const [message, setMessage] = useState('');

	const copy = async () => {
		field.current?.select();
		try {
			await navigator.clipboard.writeText(code);
			setMessage('De deelcode is gekopieerd.');
		} catch {
			// No clipboard access (old browser, or blocked): the code is selected, so Ctrl+C works.
			setMessage('Kopiëren lukte niet. De code is geselecteerd: kopieer hem met Ctrl+C of Cmd+C.');
		}
	};

	return (
		<section class="kb-no-print" aria-labelledby="deelcode">
			<h3 id="deelcode">Deelcode voor de trainer</h3>
			<p>
				Werkt u met een trainer? Geef dan deze code door. De trainer ziet daarmee uw scores en welke stellingen u wilt
				bespreken. Uw notities, de naam van de scan en het actieplan gaan niet mee.
			</p>
			<div class="zs-veld">
				<label for="deelcode-veld">Deelcode</label>
				<input
					ref={field}
					id="deelcode-veld"
					class="zs-code"
					type="text"
					readOnly
					value={code}
					onFocus={(e) => e.currentTarget.select()}
				/>
			</div>
			<p class="zs-knoppen">
				<button type="button" class="secondary" onClick={copy}>
					Kopieer de deelcode
				</button>
				<span role="status" class="zs-melding">
					{message}
				</span>
			</p>
			<DeelLink code={code} />
		</section>
	);
}
